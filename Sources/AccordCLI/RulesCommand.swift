import Accord
import ArgumentParser
import Foundation

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Validate, test and measure a rule set.",
        subcommands: [RulesLint.self, RulesTest.self, RulesCoverage.self, RulesScreen.self]
    )
}

enum ListFormat: String, NamedValues {
    case text, json
}

/// The rule set named by the positional PATH, or the bundled one.
private func loadRuleSet(_ path: String?) throws -> RuleSet {
    try RulesOption.load(path.map { [$0] } ?? [])
}

struct RulesLint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Validate rule files: every error with file:line:column and a hint.",
        discussion: """
            Exit codes: 0 the rule set is valid; 2 it is not.

            Examples:
              accord rules lint
              accord rules lint my-rules/ --format json
            """
    )

    @Argument(help: "A rule folder or file (default: the bundled Rules/).")
    var path: String?

    @Option(help: "text or json.")
    var format: ListFormat = .text

    func run() throws {
        let paths = try RulesOption.resolve(path.map { [$0] } ?? [])
        let ruleSet: RuleSet
        do {
            ruleSet = try RuleSetLoader.load(paths)
        } catch {
            try report(error)
            throw ExitCode(2)
        }
        let gaps = Coverage(ruleSet).gaps
        switch format {
        case .text:
            var text = "\(paths.joined(separator: ", ")): \(ruleSet.rules.count) rules, \(ruleSet.premises.count) premises, valid\n"
            text += "digest: \(ruleSet.digest)\n"
            for gap in gaps { text += "note: \(gap)\n" }
            try write(text, to: nil)
        case .json:
            let document: JSONValue = .object([
                ("valid", .bool(true)), ("digest", .string(ruleSet.digest)),
                ("rules", .int(ruleSet.rules.count)), ("premises", .int(ruleSet.premises.count)),
                ("errors", .array([])), ("notes", .array(gaps.map(JSONValue.string))),
            ])
            try write(document.pretty() + "\n", to: nil)
        }
    }

    private func report(_ error: Diagnostics) throws {
        switch format {
        case .text:
            let count = error.items.count
            FileHandle.standardError.write(Data("\(error)\n\(count) error\(count == 1 ? "" : "s")\n".utf8))
        case .json:
            let errors: [JSONValue] = error.items.map { item in
                let location: JSONValue = .object([
                    ("path", .string(item.location.path)), ("line", .int(item.location.line)), ("column", .int(item.location.column)),
                ])
                return .object([("message", .string(item.message)), ("hint", item.hint.map(JSONValue.string) ?? .null), ("location", location)])
            }
            try write(JSONValue.object([("valid", .bool(false)), ("errors", .array(errors))]).pretty() + "\n", to: nil)
        }
    }
}

struct RulesTest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the rule set's own examples.",
        discussion: """
            Each example patches its rule file's `examples_base` proposal and states the \
            outcome the rule must give. A failing example is shown with the expected and \
            the actual outcome and the rule's explanation.

            Exit codes: 0 every example passes; 1 one fails; 2 the rule set is invalid.

            Examples:
              accord rules test
              accord rules test Rules/ --verbose
            """
    )

    @Argument(help: "A rule folder or file (default: the bundled Rules/).")
    var path: String?

    @Option(help: "text or json.")
    var format: ListFormat = .text

    @Flag(help: "List passing examples too.")
    var verbose = false

    func run() throws {
        let ruleSet = try loadRuleSet(path)
        let runs: [ExampleRunner.Run]
        do {
            runs = try ExampleRunner(ruleSet: ruleSet).runAll()
        } catch {
            throw CLIError("an examples base cannot be read:\n\(error)")
        }
        let failed = runs.filter { !$0.passed }
        switch format {
        case .text:
            var text = ""
            for run in runs where verbose || !run.passed {
                let place = run.example.location
                text += "\(run.passed ? "PASS" : "FAIL") \(run.rule.id) \(place): expected \(run.example.expect.rawValue), got \(run.actual)"
                text += run.example.note.map { " — \($0)" } ?? ""
                text += "\n"
                if let misplaced = run.misplaced { text += "    the finding \(misplaced)\n" }
                guard !run.passed else { continue }
                for problem in run.problems { text += "    \(problem.location): \(problem.message)\n" }
                for step in run.result?.explanation ?? [] {
                    text += String(repeating: "  ", count: step.depth + 2) + "- \(step.condition): \(step.result.rawValue)"
                    text += step.seen.map { " (seen \($0))" } ?? ""
                    text += "\n"
                }
            }
            text += "\(runs.count - failed.count) passed, \(failed.count) failed\n"
            try write(text, to: nil)
        case .json:
            try write(JSONValue.object([
                ("passed", .int(runs.count - failed.count)),
                ("failed", .int(failed.count)),
                ("examples", .array(runs.map { run in
                    .object([
                        ("rule", .string(run.rule.id)),
                        ("location", .string(run.example.location.description)),
                        ("note", run.example.note.map(JSONValue.string) ?? .null),
                        ("expected", .string(run.example.expect.rawValue)),
                        ("actual", .string(run.actual)),
                        ("passed", .bool(run.passed)),
                        ("misplaced", run.misplaced.map(JSONValue.string) ?? .null),
                    ])
                })),
            ]).pretty() + "\n", to: nil)
        }
        if !failed.isEmpty { throw ExitCode(1) }
    }
}

struct RulesCoverage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Show the premise → rules → examples matrix.",
        discussion: """
            Exit codes: 0 every premise has a rule and every rule a violating and a \
            satisfying example; 1 otherwise; 2 the rule set is invalid.

            Examples:
              accord rules coverage
              accord rules coverage --format json
            """
    )

    @Argument(help: "A rule folder or file (default: the bundled Rules/).")
    var path: String?

    @Option(help: "text or json.")
    var format: ListFormat = .text

    func run() throws {
        let coverage = Coverage(try loadRuleSet(path))
        switch format {
        case .text: try write(coverage.table, to: nil)
        case .json: try write(coverage.json.pretty() + "\n", to: nil)
        }
        if !coverage.gaps.isEmpty { throw ExitCode(1) }
    }
}
