import Accord
import ArgumentParser

@main
struct AccordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accord",
        abstract: "Check proposed Japan-U.S. defense cooperation activities against the basic premises of the 2014 Interim Report.",
        version: AccordVersion.current,
        subcommands: [ParseCommand.self]
    )
}
