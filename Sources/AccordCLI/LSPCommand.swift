import Accord
import AccordLSP
import ArgumentParser
import Foundation

/// `accord lsp`: the language server, for editors (README "Editors").
struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the Language Server Protocol server over standard input and output, for editors.",
        discussion: """
            An editor starts it and talks LSP 3.17 to it: findings as diagnostics while the planner types, \
            the premise and its passage on hover, the rule's advice as a quick fix, completion of the \
            format's values. The client's initializationOptions or settings (`rules`, `waivers`, `fail_on`, \
            `rule_docs_url`, `debounce_ms`) override the options given here. See README.md, "Editors".

            Examples:
              accord lsp
              accord lsp --rules Rules --waivers Examples/waivers.yaml
            """
    )

    @OptionGroup var rules: RulesOption

    @Option(help: "The operator's waiver file.")
    var waivers: String?

    @Option(help: "Findings below this severity are shown as hints: error, warning, info (the default: each at its own) or never.")
    var failOn: FailOn = .info

    func run() throws {
        let settings = ServerSettings(rules: try rules.resolved(), waivers: waivers, failOn: failOn)
        let server = LanguageServer(settings: settings, version: AccordVersion.current, today: Clock.today)
        Foundation.exit(server.run())
    }
}
