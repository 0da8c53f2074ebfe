-- Neovim's own LSP client against `accord lsp`: opens a proposal, waits for the diagnostics the
-- server publishes, asks for a hover on the first one, and writes what it received to a file.
-- Written for Neovim 0.7 (Debian's), whose API has vim.lsp.start_client; newer ones keep it.
-- NeovimClientTests runs it headless: ACCORD_BINARY, ACCORD_RULES_DIR, ACCORD_PROPOSAL, ACCORD_OUTPUT.
local out = assert(io.open(os.getenv("ACCORD_OUTPUT"), "w"))
vim.cmd("edit " .. vim.fn.fnameescape(os.getenv("ACCORD_PROPOSAL")))
local buffer = vim.api.nvim_get_current_buf()
local client = vim.lsp.start_client({
  name = "accord",
  cmd = { os.getenv("ACCORD_BINARY"), "lsp", "--rules", os.getenv("ACCORD_RULES_DIR") },
  root_dir = vim.fn.getcwd(),
})
vim.lsp.buf_attach_client(buffer, client)
local received = vim.wait(20000, function() return #vim.diagnostic.get(buffer) > 0 end, 50)
if not received then out:write("no diagnostics\n") end
local diagnostics = vim.diagnostic.get(buffer)
table.sort(diagnostics, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
for _, d in ipairs(diagnostics) do
  local code = d.user_data and d.user_data.lsp and d.user_data.lsp.code or d.code or ""
  out:write(string.format("diagnostic %d:%d severity=%d code=%s %s\n", d.lnum, d.col, d.severity, code, (d.message:gsub("\n", " | "))))
end
if #diagnostics > 0 then
  local params = { textDocument = { uri = vim.uri_from_bufnr(buffer) }, position = { line = diagnostics[1].lnum, character = diagnostics[1].col } }
  local responses = vim.lsp.buf_request_sync(buffer, "textDocument/hover", params, 10000) or {}
  for _, response in pairs(responses) do
    if response.result and response.result.contents then
      out:write("hover " .. (response.result.contents.value:gsub("\n", " | ")) .. "\n")
    end
  end
end
out:close()
vim.lsp.stop_client(client)
vim.cmd("qa!")
