import Accord
import ArgumentParser

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the proposal format (the source of schemas/proposal.schema.json).",
        discussion: """
            Examples:
              accord schema > schemas/proposal.schema.json
            """
    )

    func run() throws {
        try write(ProposalJSONSchema.document().pretty() + "\n", to: nil)
    }
}
