/// The premise catalogue as the review page shows it (`GET /premises`): each premise's passages
/// from the Interim Report, the rule set's reading of them, and its rules with their logic in
/// words, the advice they give and their examples, so that an advisor can read what Accord checks
/// without the repository. The same content as `accord explain`, for every premise at once.
public enum PremiseCatalogue {
    public static func render(_ ruleSet: RuleSet) -> String {
        let markup = HTMLMarkup()
        var out = "<nav aria-label=\"Premises\"><ul class=\"toc\">\n"
        for (index, premise) in ruleSet.premises.enumerated() {
            out += "<li><a href=\"#premise-\(index + 1)\">\(markup.code(premise.id))</a></li>\n"
        }
        out += "</ul></nav>\n"
        for (index, premise) in ruleSet.premises.enumerated() {
            var section = "<h2>Premise \(markup.code(premise.id)) \(markup.muted("(Interim Report, " + Markup.escape(premise.section) + ")"))</h2>\n"
            for excerpt in premise.quote { section += markup.quote(excerpt, kind: "citation") }
            section += markup.paragraph(markup.strong("Reading:") + " " + markup.text(premise.reading), kind: "reading")
            let rules = ruleSet.rules.filter { $0.premise == premise.id }
            section += markup.heading(3, "Rules (\(rules.count))")
            for rule in rules { section += markup.block("rule \(rule.severity.rawValue)", anchor: nil, self.rule(rule)) }
            out += "<section class=\"premise\" id=\"premise-\(index + 1)\">\n\(section)</section>\n"
        }
        return out
    }

    static func rule(_ rule: Rule) -> String {
        let markup = HTMLMarkup()
        let out = markup.heading(4, "<span class=\"severity\">\(rule.severity.rawValue)</span> " + markup.text(rule.title))
        var fields: [(label: String, value: String)] = [("Rule", markup.code(rule.id))]
        fields.append(("Applies when", markup.text(rule.scope?.words() ?? "always")))
        switch rule.requirement {
        case .require(let condition): fields.append(("Requires", markup.text(condition.words())))
        case .forbid(let condition): fields.append(("Forbids", markup.text(condition.words())))
        }
        for exception in rule.exceptions {
            fields.append(("Exception", markup.strong(markup.text(exception.name)) + " when " + markup.text(exception.condition.words())
                + ": " + markup.text(exception.reason)))
        }
        if let reason = rule.reason { fields.append(("Rests also on", markup.text(reason))) }
        fields.append(("Advice", markup.text(rule.fix.source)))
        if !rule.examples.isEmpty {
            fields.append(("Examples", markup.list(rule.examples.map { example in
                markup.strong(example.expect.rawValue) + (example.note.map { ": " + markup.text($0) } ?? "")
                    + " " + markup.code(example.patch.json.compact())
            })))
        }
        return out + markup.fields(fields)
    }
}
