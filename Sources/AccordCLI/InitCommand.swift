import Accord
import ArgumentParser
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a proposal template that passes `check` once its placeholders are filled.",
        discussion: """
            Placeholders are written <like this>; `accord check` reports any left unfilled. \
            The first line points editors with the YAML language server at the proposal \
            JSON Schema, so that fields are completed and checked while you type.

            Examples:
              accord init proposal.yaml
              accord init > draft.yaml
            """
    )

    @Argument(help: "The file to write (default: standard output). An existing file is never overwritten.")
    var file: String?

    func run() throws {
        let template = ProposalTemplate.text(schemaURL: Self.schemaURL())
        guard let file else {
            try write(template, to: nil)
            return
        }
        guard !FileManager.default.fileExists(atPath: file) else {
            throw CLIError("\(file) exists already; accord init never overwrites a file")
        }
        try write(template, to: file)
        FileHandle.standardError.write(Data("wrote \(file); fill in the <placeholders>, then run `accord check \(file)`\n".utf8))
    }

    /// The proposal schema next to the bundled rules, as a file URL editors can open.
    static func schemaURL() -> String {
        if let rules = BundledRules.locate() {
            let schema = URL(fileURLWithPath: rules).deletingLastPathComponent()
                .appendingPathComponent("schemas/proposal.schema.json").standardized
            if FileManager.default.fileExists(atPath: schema.path) { return schema.absoluteString }
        }
        return "schemas/proposal.schema.json"
    }
}
