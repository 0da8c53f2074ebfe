import Accord
import ArgumentParser
import Foundation

struct RulesScreen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Measure the free-text rules on a corpus of sentences: recall and false alarms.",
        discussion: """
            A corpus file names a premise and lists sentences, each with `lang` (en, ja), \
            `expect` (violates, benign), `kind` and `text`. Each sentence is appended to the \
            description of a compliant proposal (the rule set's examples base unless --base \
            says otherwise) and checked. A violating sentence is caught when a rule of its \
            premise is newly violated; a benign one is a false alarm when any error rule is.

            Exit codes: 0 the thresholds hold; 1 recall is below --min-recall or false alarms \
            above --max-false-alarms (over the whole corpus); 2 bad input.

            Examples:
              accord rules screen Tests/Screening/corpus
              accord rules screen my-sentences.yaml --show misses
            """
    )

    @Argument(help: "Corpus files or folders.")
    var corpus: [String]

    @OptionGroup var rules: RulesOption

    @Option(help: "The proposal the sentences are appended to (default: the rule set's examples base).")
    var base: String?

    @Option(help: "The least recall, in per cent, that passes.")
    var minRecall: Double = 95

    @Option(help: "The most false alarms, in per cent of benign sentences, that pass.")
    var maxFalseAlarms: Double = 3

    @Option(help: "List sentences: none, misses (missed violations and false alarms) or all.")
    var show: Shown = .none

    @Option(help: "text or json.")
    var format: ListFormat = .text

    enum Shown: String, NamedValues { case none, misses, all }

    func run() throws {
        let ruleSet = try RulesOption.load(rules.paths)
        let sentences: ScreeningCorpus
        let runner: ScreeningRunner
        do {
            sentences = try ScreeningCorpus.load(corpus, premises: ruleSet.premises.map(\.id))
            guard let basePath = base ?? ScreeningRunner.defaultBase(of: ruleSet) else {
                throw CLIError("the rule set names no examples base: give a compliant proposal with --base")
            }
            runner = try ScreeningRunner(ruleSet: ruleSet, basePath: basePath)
        } catch let error as Diagnostics {
            throw CLIError("\(error)")
        }
        let outcomes = runner.run(sentences)
        let score = ScreeningScore(outcomes)
        let passes = score.total.recall * 100 >= minRecall && score.total.falseAlarmRate * 100 <= maxFalseAlarms
        switch format {
        case .text: try write(text(score, outcomes), to: nil)
        case .json: try write(json(score, outcomes).pretty() + "\n", to: nil)
        }
        if !passes { throw ExitCode(1) }
    }

    private func percent(_ value: Double) -> String { String(format: "%.1f %%", value * 100) }

    private func text(_ score: ScreeningScore, _ outcomes: [ScreeningRunner.Outcome]) -> String {
        var out = "premise                        lang  recall                false alarms\n"
        func row(_ name: String, _ language: String, _ cell: ScreeningScore.Cell) {
            let recall = "\(cell.caught)/\(cell.violating) \(percent(cell.recall))"
            let alarms = "\(cell.flagged)/\(cell.benign) \(percent(cell.falseAlarmRate))"
            out += name.padding(toLength: 31, withPad: " ", startingAt: 0) + language.padding(toLength: 6, withPad: " ", startingAt: 0)
                + recall.padding(toLength: 22, withPad: " ", startingAt: 0) + alarms + "\n"
        }
        for entry in score.cells { row(entry.premise, entry.language, entry.cell) }
        row("all", "", score.total)
        for outcome in outcomes where show == .all || (show == .misses && !outcome.correct) {
            let sentence = outcome.sentence
            let verdict = sentence.expect == .violates ? (outcome.fired ? "caught" : "MISSED") : (outcome.fired ? "FALSE ALARM" : "passed")
            out += "\(verdict) \(sentence.location) [\(sentence.premise) \(sentence.language) \(sentence.kind)]"
            out += outcome.rules.isEmpty ? "" : " (\(outcome.rules.joined(separator: ", ")))"
            out += "\n    \(sentence.text)\n"
        }
        out += "recall \(percent(score.total.recall)) (at least \(minRecall) %), false alarms \(percent(score.total.falseAlarmRate)) (at most \(maxFalseAlarms) %)\n"
        return out
    }

    private func json(_ score: ScreeningScore, _ outcomes: [ScreeningRunner.Outcome]) -> JSONValue {
        func cell(_ cell: ScreeningScore.Cell) -> [(String, JSONValue)] {
            [("violating", .int(cell.violating)), ("caught", .int(cell.caught)), ("recall", .double(cell.recall)),
             ("benign", .int(cell.benign)), ("flagged", .int(cell.flagged)), ("false_alarm_rate", .double(cell.falseAlarmRate))]
        }
        var members: [(String, JSONValue)] = [
            ("cells", .array(score.cells.map { .object([("premise", .string($0.premise)), ("lang", .string($0.language))] + cell($0.cell)) })),
            ("total", .object(cell(score.total))),
        ]
        if show != .none {
            members.append(("sentences", .array(outcomes.filter { show == .all || !$0.correct }.map { outcome in
                .object([("location", .string(outcome.sentence.location.description)), ("premise", .string(outcome.sentence.premise)),
                         ("lang", .string(outcome.sentence.language)), ("expect", .string(outcome.sentence.expect.rawValue)),
                         ("kind", .string(outcome.sentence.kind)), ("fired", .bool(outcome.fired)),
                         ("rules", .array(outcome.rules.map(JSONValue.string))), ("text", .string(outcome.sentence.text))])
            })))
        }
        return .object(members)
    }
}
