import Crypto
import Foundation

/// Loads a rule set from folders and files, whole or not at all.
public enum RuleSetLoader {
    /// The premise ids of SPEC section 3: advisors may change rules, never these.
    public static let premiseIDs = [
        "treaty-unchanged", "international-law", "domestic-law", "defense-oriented-policy", "non-nuclear-principles",
        "no-new-obligations", "japan-primary-responsibility", "use-of-force-conditions", "alliance-coordination",
        "information-security", "recognized-areas",
    ]

    /// The rule files under the given paths: folders are searched recursively for `*.yaml` and
    /// `*.yml` (their `fixtures` folders hold proposals, not rules), in sorted order.
    public static func ruleFiles(_ paths: [String]) throws(Diagnostics) -> [String] {
        var files: [String] = []
        var problems: [Diagnostic] = []
        let fileManager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(Diagnostic(SourceLocation(path: path, line: 1, column: 1), "no such rule file or folder", hint: "check the path given to --rules"))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            // Walked as proposal folders are (hidden files passed over), less the examples' fixtures.
            let folder = path.hasSuffix("/") ? path : path + "/"
            let found = FolderWalk.files(in: URL(fileURLWithPath: path).path) { ["yaml", "yml"].contains(InputDiscovery.pathExtension($0)) }
                .filter { !$0.split(separator: "/").dropLast().contains("fixtures") }
            files += found.map { folder + $0 }.sorted()
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        return files
    }

    public static func load(_ paths: [String], limits: LoaderLimits = .default) throws(Diagnostics) -> RuleSet {
        let files = try ruleFiles(paths)
        var problems: [Diagnostic] = []
        var premises: [Premise] = []
        var rules: [Rule] = []
        var hash = SHA256()
        var bases = ExamplesBases()
        // The lexicon as an earlier run compiled it: the files it holds are parsed only if it
        // cannot serve (nil roots until then).
        let cache = CompiledLexiconCache(limits: limits)
        var read: [(file: String, bytes: [UInt8], root: YAMLNode?)] = []
        for file in files {
            guard case .success(let bytes) = FileBytes.read(file, atMost: .max) else {
                problems.append(Diagnostic(SourceLocation(path: file, line: 1, column: 1), "the rule file cannot be read", hint: "check its permissions"))
                continue
            }
            // The digest covers each file's name (as given) and bytes, in sorted order.
            hash.update(data: Array((lastComponent(of: file) + "\0").utf8))
            hash.update(data: Array("\(bytes.count)\0".utf8))
            hash.update(data: bytes)
            if let cache, cache.holds(file, bytes) {
                read.append((file, bytes, nil))
                continue
            }
            do {
                read.append((file, bytes, try YAMLLoader(limits: limits).loadDocument(bytes, path: file)))
            } catch {
                problems.append(error)
            }
        }
        // A file that could not be read may be the lexicon: then an unknown concept says nothing new.
        let lexiconIsWhole = read.count == files.count
        // The lexicon first: rules name its concepts. The cache serves only if its files are here,
        // each once and in its order, and no other file is a lexicon.
        let unparsed = read.filter { $0.root == nil }.map(\.file)
        let lexicon: Lexicon
        if let cache, unparsed == cache.sources.map(\.path), !read.contains(where: { $0.root.map(LexiconReader.isLexicon) ?? false }),
           let compiled = cache.lexicon() {
            lexicon = compiled
        } else {
            for index in read.indices where read[index].root == nil {
                do {
                    read[index].root = try YAMLLoader(limits: limits).loadDocument(read[index].bytes, path: read[index].file)
                } catch {
                    problems.append(error)
                }
            }
            var lexiconReader = LexiconReader()
            var sources: [(path: String, bytes: [UInt8])] = []
            for case let (file, bytes, root?) in read where LexiconReader.isLexicon(root) {
                lexiconReader.read(root, path: file)
                sources.append((file, bytes))
            }
            lexicon = lexiconReader.finish()
            problems += lexiconReader.problems
            if lexiconReader.problems.isEmpty { CompiledLexiconCache.save(lexicon, sources: sources, limits: limits) }
        }
        let roots = read.compactMap { source in source.root.map { (source.file, $0) } }
        var definitions = ConditionDefinitions()
        for (file, root) in roots where !LexiconReader.isLexicon(root) { definitions.read(root, path: file) }
        problems += definitions.problems
        var used: Set<String> = []
        for (file, root) in roots where !LexiconReader.isLexicon(root) {
            var reader = RuleFileReader(path: file, lexicon: lexicon, lexiconIsWhole: lexiconIsWhole, definitions: definitions)
            reader.read(root, bases: &bases)
            problems += reader.problems
            premises += reader.premises
            rules += reader.rules
            used.formUnion(reader.usedDefinitions)
        }
        for name in definitions.names where !used.contains(name) {
            problems.append(Diagnostic(definitions[name]!.location, "the condition `\(name)` is defined but no rule uses it", hint: "use it with `condition: \(name)`, or remove it"))
        }
        // A definition is read at each place that uses it: its problems once.
        var seen: Set<Diagnostic> = []
        problems = problems.filter { seen.insert($0).inserted }
        if files.isEmpty {
            problems.append(Diagnostic(SourceLocation(path: paths.first ?? ".", line: 1, column: 1), "no rule files found", hint: "point --rules at a folder with premises.yaml and rule files"))
        }
        problems += crossCheck(premises, rules)
        if !problems.isEmpty { throw Diagnostics(problems) }
        let digest = Hex.string(hash.finalize())
        return RuleSet(premises: premises, rules: rules.sorted { $0.id < $1.id }, digest: "sha256:" + digest, files: files, lexicon: lexicon)
    }

    /// The file's name: what follows the last slash.
    static func lastComponent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/"), trimmed.count > 1 else { return String(trimmed) }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// What no single file can check: unique ids, and rules resting on catalogued premises.
    private static func crossCheck(_ premises: [Premise], _ rules: [Rule]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var seenPremises: [String: SourceLocation] = [:]
        for premise in premises {
            if let first = seenPremises[premise.id] {
                problems.append(Diagnostic(premise.location, "the premise `\(premise.id)` is already defined at \(first)", hint: "keep one definition"))
            }
            seenPremises[premise.id] = premise.location
        }
        var seenRules: [String: SourceLocation] = [:]
        for rule in rules {
            if let first = seenRules[rule.id] {
                problems.append(Diagnostic(rule.location, "duplicate rule id `\(rule.id)`: already defined at \(first)", hint: "give each rule its own id"))
            }
            seenRules[rule.id] = rule.location
            if seenPremises[rule.premise] == nil {
                let hint = premises.isEmpty
                    ? "no premise catalogue was loaded; add the folder with premises.yaml to --rules"
                    : Suggestion.didYouMean(rule.premise, in: premises.map(\.id)) ?? "catalogued premises: \(premises.map(\.id).joined(separator: ", "))"
                problems.append(Diagnostic(rule.location, "rule `\(rule.id)` rests on the premise `\(rule.premise)`, which the catalogue does not have", hint: hint))
            }
        }
        return problems
    }
}

/// `examples_base` paths resolved and checked once per folder: every rule file of a folder names
/// the same base proposal, and Foundation's URLs cost more than the rest of reading a file's header.
struct ExamplesBases {
    private var resolved: [String: String?] = [:]

    /// The base as an absolute, standardized path, or nil if no file is there.
    mutating func resolve(_ base: String, from ruleFile: String) -> String? {
        let folder = ruleFile.lastIndex(of: "/").map { String(ruleFile[..<$0]) } ?? ""
        let key = folder + "\0" + base
        if let known = resolved[key] { return known }
        let path = URL(fileURLWithPath: ruleFile).deletingLastPathComponent().appendingPathComponent(base).standardized.path
        let found = FileManager.default.fileExists(atPath: path) ? path : nil
        resolved[key] = found
        return found
    }
}

/// Reads one rule or premise file.
private struct RuleFileReader {
    let path: String
    let lexicon: Lexicon
    let lexiconIsWhole: Bool
    let definitions: ConditionDefinitions
    var problems: [Diagnostic] = []
    var premises: [Premise] = []
    var rules: [Rule] = []
    var usedDefinitions: Set<String> = []

    init(path: String, lexicon: Lexicon, lexiconIsWhole: Bool, definitions: ConditionDefinitions) {
        self.path = path
        self.lexicon = lexicon
        self.lexiconIsWhole = lexiconIsWhole
        self.definitions = definitions
    }

    mutating func read(_ root: YAMLNode, bases: inout ExamplesBases) {
        guard var file = StrictMapping(root, path: path, what: "a rule file", problems: &problems) else { return }
        problems += file.unknownKeys(allowed: ["premises", "rules", "examples_base", "definitions"])
        _ = file.value("definitions")  // read by ConditionDefinitions, for the whole rule set
        guard file.has("premises") || file.has("rules") || file.has("definitions") else {
            problems.append(Diagnostic(root.location(in: path), "this file holds neither `premises:` nor `rules:`",
                                       hint: "a rule file starts with `rules:` (and may hold `definitions:`); the premise catalogue with `premises:`; the lexicon with `concepts:`"))
            return
        }
        if let list = file.value("premises") {
            for item in items(list, "premises") { readPremise(item) }
        }
        let base = file.text("examples_base", &problems, required: false, hint: "a path to a proposal, relative to this file")
        var basePath: String?
        if let base {
            if let resolved = bases.resolve(base, from: path) {
                basePath = resolved
            } else {
                problems.append(Diagnostic(file.value("examples_base")!.location(in: path), "`examples_base` names \(base), which does not exist", hint: "the path is relative to this rule file"))
            }
        }
        if let list = file.value("rules") {
            for item in items(list, "rules") { readRule(item, base: basePath) }
        }
    }

    private mutating func items(_ node: YAMLNode, _ key: String) -> [YAMLNode] {
        guard let items = node.sequenceItems else {
            problems.append(Diagnostic(node.location(in: path), "`\(key)` must be a list", hint: "write each entry as a `- ` item"))
            return []
        }
        return items
    }

    private mutating func readPremise(_ node: YAMLNode) {
        guard var map = StrictMapping(node, path: path, what: "a premise", problems: &problems) else { return }
        problems += map.unknownKeys(allowed: ["id", "section", "quote", "reading"])
        let id = map.text("id", &problems, hint: "one of: \(RuleSetLoader.premiseIDs.joined(separator: ", "))")
        let section = map.text("section", &problems, hint: "the report's section, e.g. `III, 4th bullet`")
        let reading = map.text("reading", &problems, hint: "one line in plain language")
        var quote: [String] = []
        if let quoteNode = map.required("quote", &problems, hint: "the report's exact words") {
            let parts = quoteNode.sequenceItems ?? [quoteNode]
            for part in parts {
                guard case .string(let text) = part.scalarValue ?? .null else {
                    problems.append(Diagnostic(part.location(in: path), "a quote must be text", hint: "copy the report's words"))
                    continue
                }
                quote.append(text)
            }
        }
        guard let id, let section, let reading, !quote.isEmpty else { return }
        if !RuleSetLoader.premiseIDs.contains(id) {
            problems.append(Diagnostic(map.value("id")!.location(in: path), "`\(id)` is not one of the report's premise ids",
                                       hint: Suggestion.didYouMean(id, in: RuleSetLoader.premiseIDs) ?? "premise ids are fixed: \(RuleSetLoader.premiseIDs.joined(separator: ", "))"))
        }
        premises.append(Premise(id: id, section: section, quote: quote, reading: reading, location: node.location(in: path)))
    }

    private mutating func readRule(_ node: YAMLNode, base: String?) {
        guard var map = StrictMapping(node, path: path, what: "a rule", problems: &problems) else { return }
        let allowed = ["id", "premise", "severity", "title", "message", "fix", "reason", "when", "require", "forbid", "exceptions", "examples"]
        problems += map.unknownKeys(allowed: allowed)
        let id = map.text("id", &problems, hint: "e.g. `no-new-obligations.binding-commitment`")
        let premise = map.text("premise", &problems, hint: "the premise id this rule rests on")
        let severityText = map.text("severity", &problems, hint: "error, warning or info")
        let title = map.text("title", &problems, hint: "what the rule checks, in one line")
        let messageText = map.text("message", &problems, hint: "what a finding says; may use {{path}}")
        let fixText = map.text("fix", &problems, hint: "the change that satisfies the rule")
        let reason = map.text("reason", &problems, required: false, hint: "the instrument and article beyond the report the rule rests on")
        var severity: Severity?
        if let severityText {
            severity = Severity(rawValue: severityText)
            if severity == nil {
                problems.append(Diagnostic(map.value("severity")!.location(in: path), "`\(severityText)` is not a severity", hint: "error, warning or info"))
            }
        }
        var conditions = ConditionParser(path: path, lexicon: lexicon, lexiconIsWhole: lexiconIsWhole, definitions: definitions)
        let scope = map.value("when").flatMap { conditions.parse($0) }
        let requireNode = map.value("require")
        let forbidNode = map.value("forbid")
        var requirement: Requirement?
        switch (requireNode, forbidNode) {
        case (let node?, nil): requirement = conditions.parse(node).map(Requirement.require)
        case (nil, let node?): requirement = conditions.parse(node).map(Requirement.forbid)
        case (.some, .some):
            problems.append(Diagnostic(node.location(in: path), "a rule has `require` or `forbid`, not both", hint: "split it into two rules"))
        case (nil, nil):
            problems.append(Diagnostic(node.location(in: path), "a rule needs `require:` (what must hold) or `forbid:` (what must not)", hint: "add one of them"))
        }
        var exceptions: [RuleException] = []
        if let list = map.value("exceptions") {
            for item in items(list, "exceptions") {
                guard var exception = StrictMapping(item, path: path, what: "an exception", problems: &problems) else { continue }
                problems += exception.unknownKeys(allowed: ["name", "reason", "when"])
                let name = exception.text("name", &problems, hint: "a short name")
                let reason = exception.text("reason", &problems, hint: "why the exception is allowed")
                let condition = exception.required("when", &problems, hint: "the condition under which it applies").flatMap { conditions.parse($0) }
                if let name, let reason, let condition { exceptions.append(RuleException(name: name, reason: reason, condition: condition)) }
            }
        }
        problems += conditions.problems
        usedDefinitions.formUnion(conditions.used)
        let resolve: (String) -> FieldPath? = { text in
            ProposalSchema.type(at: text) == nil || text.contains("[" as Character) ? nil : FieldPath(segments: text.split(separator: ".").map(String.init), text: text)
        }
        let message = messageText.flatMap { template($0, resolve, key: "message", map: &map) }
        let fix = fixText.flatMap { template($0, resolve, key: "fix", map: &map) }
        var examples: [RuleExample] = []
        if let list = map.value("examples") {
            if base == nil {
                problems.append(Diagnostic(list.location(in: path), "examples need `examples_base:` at the top of the file", hint: "name the proposal the examples patch, e.g. `examples_base: ../fixtures/base.yaml`"))
            }
            for item in items(list, "examples") { readExample(item).map { examples.append($0) } }
        }
        guard let id, let premise, let severity, let title, let message, let fix, let requirement else { return }
        rules.append(Rule(id: id, premise: premise, severity: severity, title: title, message: message, fix: fix, reason: reason, scope: scope,
                          requirement: requirement, exceptions: exceptions, examples: examples, examplesBase: base,
                          location: node.location(in: path)))
    }

    private mutating func template(_ text: String, _ resolve: (String) -> FieldPath?, key: String, map: inout StrictMapping) -> Template? {
        switch Template.parse(text, resolve: resolve) {
        case .success(let template):
            // A mapping or a list of mappings has no one-line value: it would read as "" or "(a mapping)".
            for case .field(let field) in template.parts {
                let what: String, hint: String
                switch ProposalSchema.type(at: field.text) {
                case .object(let fields)?:
                    what = "a mapping"
                    hint = "interpolate one of its fields: \(fields.map { "{{\(field.text).\($0.name)}}" }.joined(separator: ", "))"
                case .list(.object(let fields), _)?:
                    what = "a list of entries"
                    hint = "its entries' fields (\(fields.map { "\(field.text)[].\($0.name)" }.joined(separator: ", "))) cannot be interpolated; say it in words"
                default: continue
                }
                problems.append(Diagnostic(map.value(key)!.location(in: path), "`\(key)` interpolates `{{\(field.text)}}`, which is \(what), not a value", hint: hint))
                return nil
            }
            return template
        case .failure(.unclosed):
            problems.append(Diagnostic(map.value(key)!.location(in: path), "`\(key)` has a `{{` without `}}`", hint: "close the placeholder"))
        case .failure(.unknownPath(let name)):
            problems.append(Diagnostic(map.value(key)!.location(in: path), "`\(key)` interpolates `{{\(name)}}`, which the proposal format does not have",
                                       hint: Suggestion.didYouMean(name, in: ProposalSchema.allPaths()) ?? ConditionParser.siblings(of: name) ?? "use a field path or `{{match}}`"))
        }
        return nil
    }

    private mutating func readExample(_ node: YAMLNode) -> RuleExample? {
        guard var map = StrictMapping(node, path: path, what: "an example", problems: &problems) else { return nil }
        problems += map.unknownKeys(allowed: ["expect", "note", "patch", "quotes", "at"])
        let expectText = map.text("expect", &problems, hint: "satisfied, violated, undetermined or not-applicable")
        let note = map.text("note", &problems, required: false, hint: "what the example shows")
        let patch = map.required("patch", &problems, hint: "the fields that differ from the base proposal")
        let quotes = map.text("quotes", &problems, required: false, hint: "the sentence the finding quotes, as the patch writes it")
        let at = map.text("at", &problems, required: false, hint: "the field the finding lands on, e.g. `location.host_nation_consent`")
        guard let expectText, let patch else { return nil }
        guard let expect = Outcome(rawValue: expectText), expect.isRuleOutcome else {
            problems.append(Diagnostic(map.value("expect")!.location(in: path), "`\(expectText)` is not an outcome", hint: "satisfied, violated, undetermined or not-applicable"))
            return nil
        }
        for (key, value) in [("quotes", quotes), ("at", at)] where value != nil && !expect.isFailure {
            problems.append(Diagnostic(map.value(key)!.location(in: path), "`\(key)` says where a finding lands, and this example expects none (\(expect.rawValue))",
                                       hint: "remove it, or expect violated or undetermined"))
        }
        if let at, ProposalSchema.type(at: FixDeriver.schemaPath(at)) == nil {
            problems.append(Diagnostic(map.value("at")!.location(in: path), "`at: \(at)` is no field of the proposal format",
                                       hint: Suggestion.didYouMean(at, in: ProposalSchema.allPaths()) ?? "a field path such as `location.host_nation_consent`"))
        }
        return RuleExample(expect: expect, note: note, patch: patch, location: node.location(in: path), quotes: quotes, at: at)
    }
}
