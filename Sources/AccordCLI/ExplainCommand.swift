import Accord
import ArgumentParser
import Foundation

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show a rule, a premise or a lexicon concept: the report's words, the logic in words, examples, terms.",
        discussion: """
            Examples:
              accord explain no-new-obligations
              accord explain japan-primary-responsibility.primary-is-japan
              accord explain security-arrangements
            """
    )

    @Argument(help: "A rule id, a premise id or a concept of the lexicon.")
    var id: String

    @OptionGroup var rules: RulesOption

    func run() throws {
        let ruleSet = try rules.load()
        if let premise = ruleSet.premise(id) {
            try write(Self.describe(premise, ruleSet), to: nil)
        } else if let rule = ruleSet.rule(id) {
            try write(Self.describe(rule, ruleSet), to: nil)
        } else if let concept = ruleSet.lexicon.concept(id) {
            try write(Self.describe(concept, ruleSet), to: nil)
        } else {
            let known = ruleSet.premises.map(\.id) + ruleSet.rules.map(\.id) + ruleSet.lexicon.concepts.map(\.id)
            let hint = Suggestion.closest(to: id, in: known).map { "did you mean `\($0)`?" } ?? "`accord rules coverage` lists every id"
            throw CLIError("no rule, premise or concept has the id `\(id)`; \(hint)")
        }
    }

    static func describe(_ premise: Premise, _ ruleSet: RuleSet) -> String {
        var text = "premise \(premise.id) — report section \(premise.section)\n\n"
        for excerpt in premise.quote { text += "  \"\(excerpt)\"\n" }
        text += "\nreading: \(premise.reading)\n\nrules:\n"
        for rule in ruleSet.rules where rule.premise == premise.id {
            text += "  \(rule.id) (\(rule.severity.rawValue)): \(rule.title)\n"
        }
        return text
    }

    static func describe(_ concept: Concept, _ ruleSet: RuleSet) -> String {
        var text = "concept \(concept.id) — \(concept.meaning)\n"
        text += "defined at \(concept.location)\n"
        if !concept.includes.isEmpty { text += "includes: \(concept.includes.joined(separator: ", "))\n" }
        for (language, name) in [("en", "English"), ("ja", "Japanese")] {
            let terms = concept.written.filter { $0.language == language }.map(\.text)
            if !terms.isEmpty { text += "\n\(name) terms (matched on lemmas, any word form):\n  \(terms.joined(separator: ", "))\n" }
        }
        if !concept.exceptWritten.isEmpty {
            text += "\nnot counted inside: \(concept.exceptWritten.joined(separator: ", "))\n"
        }
        let users = ruleSet.rules.filter { $0.conceptIDs.contains(concept.id) }
        text += "\nrules that name it:\n"
        text += users.isEmpty ? "  none\n" : users.map { "  \($0.id) (\($0.severity.rawValue)): \($0.title)\n" }.joined()
        return text
    }

    static func describe(_ rule: Rule, _ ruleSet: RuleSet) -> String {
        var text = "rule \(rule.id) (\(rule.severity.rawValue)) — \(rule.title)\n"
        text += "defined at \(rule.location)\n\n"
        if let premise = ruleSet.premise(rule.premise) {
            text += "premise \(premise.id), report section \(premise.section):\n"
            for excerpt in premise.quote { text += "  \"\(excerpt)\"\n" }
            text += "\n"
        }
        text += "applies when: \(rule.scope?.words() ?? "always")\n"
        switch rule.requirement {
        case .require(let condition): text += "requires: \(condition.words())\n"
        case .forbid(let condition): text += "forbids: \(condition.words())\n"
        }
        for exception in rule.exceptions {
            text += "except '\(exception.name)' when \(exception.condition.words()): \(exception.reason)\n"
        }
        text += "\nmessage: \(rule.message.source)\nfix: \(rule.fix.source)\n"
        if !rule.examples.isEmpty {
            text += "\nexamples (patches onto \(rule.examplesBase ?? "the base proposal")):\n"
            for example in rule.examples {
                text += "  \(example.expect.rawValue): \(example.patch.json.compact())\n"
                if let note = example.note { text += "    \(note)\n" }
            }
        }
        return text
    }
}
