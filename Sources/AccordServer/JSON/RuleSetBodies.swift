import Accord

/// The JSON bodies of the service's own documents (SPEC section 7), members in the order
/// `JSONValueEncoder` writes them: as declared.

/// `ruleset` in every answer that names a rule set.
struct RuleSetSummary: Encodable, Sendable {
    let digest: String
    let premises: Int
    let rules: Int
    let loadedAt: String

    init(_ snapshot: RuleSetSnapshot) {
        digest = snapshot.digest
        premises = snapshot.ruleSet.premises.count
        rules = snapshot.ruleSet.rules.count
        loadedAt = snapshot.loadedAt.formatted(.iso8601)
    }

    enum CodingKeys: String, CodingKey {
        case digest, premises, rules
        case loadedAt = "loaded_at"
    }
}

/// A rule set named by its digest alone.
struct DigestBody: Encodable, Sendable {
    let digest: String
}

/// `GET /healthz`.
struct HealthBody: Encodable, Sendable {
    let status = "ok"
    let ruleset: DigestBody
}

/// `GET /v1/rules`: the rule set serving now, its premises (each with its rules) and rules.
struct RulesBody: Encodable, Sendable {
    struct Premise: Encodable, Sendable {
        let id: String
        let section: String
        let reading: String
        let rules: [String]
    }

    struct Rule: Encodable, Sendable {
        let id: String
        let premise: String
        let severity: String
        let title: String
    }

    let ruleset: RuleSetSummary
    let premises: [Premise]
    let rules: [Rule]

    init(_ snapshot: RuleSetSnapshot) {
        let ruleSet = snapshot.ruleSet
        ruleset = RuleSetSummary(snapshot)
        premises = ruleSet.premises.map { premise in
            Premise(id: premise.id, section: premise.section, reading: premise.reading,
                    rules: ruleSet.rules.filter { $0.premise == premise.id }.map(\.id))
        }
        rules = ruleSet.rules.map { Rule(id: $0.id, premise: $0.premise, severity: $0.severity.rawValue, title: $0.title) }
    }
}

/// `POST /v1/reload` when the reload went through: `reloaded` (with the previous digest) or `unchanged`.
struct ReloadBody: Encodable, Sendable {
    let status: String
    let ruleset: RuleSetSummary
    let previous: DigestBody?
}

/// One problem of a rejected rule set; `hint` is null when there is none.
struct ProblemBody: Encodable, Sendable {
    struct Location: Encodable, Sendable {
        let path: String
        let line: Int
        let column: Int
    }

    let message: String
    let hint: String?
    let location: Location

    init(_ problem: Diagnostic) {
        message = problem.message
        hint = problem.hint
        location = Location(path: problem.location.path, line: problem.location.line, column: problem.location.column)
    }

    enum CodingKeys: String, CodingKey {
        case message, hint, location
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(message, forKey: .message)
        try container.encode(hint, forKey: .hint)
        try container.encode(location, forKey: .location)
    }
}
