import Accord
import ArgumentParser
import Foundation

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Show how Accord reads a YAML file: each document as one line of JSON.",
        discussion: """
            Scalars follow the YAML 1.2 core schema, so `no` is the string "no" and only \
            `true`/`false` are booleans. Errors go to standard error with file:line:column \
            and exit code 2.

            Examples:
              accord parse Examples/01-isr-east-china-sea-compliant.yaml
              printf 'a: no\\n' | accord parse -
            """
    )

    @Argument(help: "A YAML or JSON file, or - for standard input.")
    var file: String

    @Option(help: "Largest file accepted, in bytes.")
    var maxBytes: Int = LoaderLimits.default.maxBytes

    @Option(help: "Deepest nesting accepted.")
    var maxDepth: Int = LoaderLimits.default.maxDepth

    func run() throws {
        var limits = LoaderLimits()
        limits.maxBytes = maxBytes
        limits.maxDepth = maxDepth
        limits.maxDocuments = nil
        let input: InputFile
        do {
            input = try InputFile.read(file, limit: maxBytes)
        } catch {
            printError(error)
            throw ExitCode(2)
        }
        do {
            let documents = try YAMLLoader(limits: limits).load(input.bytes, path: input.path)
            var out = ""
            for document in documents {
                out += document.json.compact()
                out += "\n"
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        } catch {
            printError(error)
            throw ExitCode(2)
        }
    }
}
