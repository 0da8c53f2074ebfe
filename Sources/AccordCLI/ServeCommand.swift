import ArgumentParser
import Foundation

/// `accord serve`: runs `accord-serve`, the HTTP service, from the folder this binary is in. It replaces
/// this process (execv), so that SIGTERM and SIGHUP reach the server itself. The server is a product of
/// its own so that `accord` builds without a server stack.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve proposal checks over HTTP (runs accord-serve; `accord serve --help` shows its options).",
        discussion: """
            Every argument goes to accord-serve. Without --rules, the bundled rule set is passed, \
            found as `accord check` finds it.

            Examples:
              accord serve --port 8080
              accord serve --rules Rules --port 0 --decision-log decisions.jsonl
            """,
        helpNames: []
    )

    @Argument(parsing: .captureForPassthrough, help: "Options for accord-serve.")
    var arguments: [String] = []

    func run() throws {
        let folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let server = folder.appendingPathComponent("accord-serve").path
        guard access(server, X_OK) == 0 else {
            throw CLIError("""
                \(server) is missing: the HTTP service is a product of its own. \
                Build it with `swift build --product accord-serve` (`-c release` for a release build), \
                or install both with ./install.sh
                """)
        }
        var forwarded = arguments
        let namesRules = forwarded.contains { $0 == "--rules" || $0.hasPrefix("--rules=") }
        let asksForHelp = forwarded.contains { ["--help", "-h", "--version"].contains($0) }
        if !namesRules, !asksForHelp, let bundled = BundledRules.locate() {
            forwarded += ["--rules", bundled]
        }
        let argv: [UnsafeMutablePointer<CChar>?] = ([server] + forwarded).map { strdup($0) } + [nil]
        execv(server, argv)
        throw CLIError("\(server) could not be started: \(String(cString: strerror(errno)))")
    }
}
