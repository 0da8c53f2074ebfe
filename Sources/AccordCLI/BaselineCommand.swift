import Accord
import ArgumentParser
import Foundation

struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Record the findings of proposals as they stand, for `accord check --baseline`.",
        discussion: """
            Checks PATH as `accord check` does and writes every violated or undetermined finding \
            (and every finding an earlier baseline held) by its fingerprint: rule, proposal id, and \
            the quoted sentence or the deciding field and value, never line numbers. Gate later \
            runs with `accord check --baseline FILE`: findings found again are reported as \
            existing and do not fail the gate; new ones do. schemas/baseline.schema.json describes \
            the file. Invalid proposals are not recorded, and make the exit code 2.

            Examples:
              accord baseline proposals/ --output accord-baseline.json
              accord check proposals/ --baseline accord-baseline.json
            """
    )

    @Argument(help: "Proposal files, folders, or - for standard input.")
    var paths: [String]

    @OptionGroup var rules: RulesOption

    @Option(help: "Write the baseline to this file instead of standard output.")
    var output: String?

    @Option(help: "An earlier baseline whose findings are carried over while they still occur.")
    var baseline: String?

    func run() throws {
        let ruleSet = try rules.load()
        let today = Clock.today()
        let earlier = try baseline.map(CheckCommand.loadBaseline)
        let runner = BatchRunner(checker: Checker(ruleSet: ruleSet, baseline: earlier, today: today), jobs: 1)
        let outcome = runner.run(InputDiscovery.expand(paths))
        let batch = BatchReport(reports: outcome.reports, ruleSet: ruleSet, waivers: [], baseline: earlier, today: today, skipped: outcome.skipped)
        try write(BaselineFile.render(batch), to: output)
        let invalid = batch.count(.invalid)
        if invalid > 0 {
            FileHandle.standardError.write(Data("accord: \(invalid) invalid proposal\(invalid == 1 ? " is" : "s are") not in the baseline\n".utf8))
            throw ExitCode(2)
        }
    }
}
