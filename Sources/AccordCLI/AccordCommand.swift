import Accord
import ArgumentParser
import Foundation

struct AccordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accord",
        abstract: "Check proposed Japan-U.S. defense cooperation activities against the basic premises of the 2014 Interim Report.",
        discussion: """
            Examples:
              accord check Examples/
              accord explain no-new-obligations
              accord rules coverage
            """,
        version: AccordVersion.current,
        subcommands: [CheckCommand.self, BaselineCommand.self, ExplainCommand.self, RulesCommand.self, InitCommand.self, ParseCommand.self, SchemaCommand.self, ServeCommand.self, LSPCommand.self]
    )
}

/// Runs the command; usage errors and input errors exit with 2, as SPEC section 6 says.
@main
enum Main {
    static func main() {
        do {
            var command = try AccordCommand.parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            FileHandle.standardError.write(Data("accord: \(error.description)\n".utf8))
            exit(2)
        } catch let error as Diagnostic {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            exit(2)
        } catch {
            let code = AccordCommand.exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((AccordCommand.fullMessage(for: error) + "\n").utf8))
                exit(2)
            }
            AccordCommand.exit(withError: error)
        }
    }
}
