/// The premise → rules → examples matrix of a rule set.
public struct Coverage: Sendable {
    public struct RuleRow: Sendable {
        public var rule: String
        public var severity: Severity
        /// Examples by expected outcome.
        public var examples: [Outcome: Int]

        public var total: Int { examples.values.reduce(0, +) }
        /// A rule is covered when it has at least one violating and one satisfying example.
        public var isCovered: Bool { (examples[.violated] ?? 0) > 0 && (examples[.satisfied] ?? 0) > 0 }
    }

    public struct PremiseRow: Sendable {
        public var premise: String
        public var section: String
        public var rules: [RuleRow]
    }

    public var premises: [PremiseRow]

    public init(_ ruleSet: RuleSet) {
        premises = RuleSetLoader.premiseIDs.map { id in
            let rules = ruleSet.rules.filter { $0.premise == id }.map { rule in
                RuleRow(rule: rule.id, severity: rule.severity,
                        examples: Dictionary(grouping: rule.examples, by: \.expect).mapValues(\.count))
            }
            return PremiseRow(premise: id, section: ruleSet.premise(id)?.section ?? "(not in the catalogue)", rules: rules)
        }
    }

    /// Premises without a rule and rules without both kinds of example.
    public var gaps: [String] {
        premises.flatMap { row -> [String] in
            if row.rules.isEmpty { return ["premise `\(row.premise)` has no rule"] }
            return row.rules.filter { !$0.isCovered }.map { "rule `\($0.rule)` lacks a violating or a satisfying example" }
        }
    }

    public var json: JSONValue {
        .object([
            ("premises", .array(premises.map { row in
                .object([
                    ("premise", .string(row.premise)),
                    ("section", .string(row.section)),
                    ("rules", .array(row.rules.map { rule in
                        .object([
                            ("rule", .string(rule.rule)),
                            ("severity", .string(rule.severity.rawValue)),
                            ("examples", .object(Outcome.allCases.filter(\.isRuleOutcome).map { ($0.rawValue, .int(rule.examples[$0] ?? 0)) })),
                            ("covered", .bool(rule.isCovered)),
                        ])
                    })),
                ])
            })),
            ("gaps", .array(gaps.map(JSONValue.string))),
        ])
    }

    public var table: String {
        var lines = ["premise                        rule                                                    severity  violated satisfied undetermined n/a"]
        for row in premises {
            if row.rules.isEmpty {
                lines.append(pad(row.premise, 31) + "(no rule)")
                continue
            }
            for (index, rule) in row.rules.enumerated() {
                let counts = [Outcome.violated, .satisfied, .undetermined, .notApplicable].map { rule.examples[$0] ?? 0 }
                lines.append(pad(index == 0 ? row.premise : "", 31) + pad(rule.rule, 56) + pad(rule.severity.rawValue, 10)
                             + pad(String(counts[0]), 9) + pad(String(counts[1]), 10) + pad(String(counts[2]), 13) + String(counts[3])
                             + (rule.isCovered ? "" : "  <- missing examples"))
            }
        }
        let ruleCount = premises.reduce(0) { $0 + $1.rules.count }
        lines.append("")
        lines.append("\(premises.filter { !$0.rules.isEmpty }.count) of \(premises.count) premises have rules; \(ruleCount) rules; \(gaps.count) gap\(gaps.count == 1 ? "" : "s")")
        for gap in gaps { lines.append("gap: \(gap)") }
        return lines.joined(separator: "\n") + "\n"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
