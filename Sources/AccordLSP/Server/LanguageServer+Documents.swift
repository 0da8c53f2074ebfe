import Accord
import Foundation

/// Open documents and the diagnostics published for them and for the rule set's files.
extension LanguageServer {
    func didOpen(_ params: JSONValue) {
        guard let item = params["textDocument"], let uri = item["uri"]?.stringValue, let text = item["text"]?.stringValue else { return }
        documents[uri] = OpenDocument(uri: uri, version: item["version"]?.intValue, text: text)
        due[uri] = Date()
    }

    func didChange(_ params: JSONValue) {
        guard let uri = params["textDocument"]?["uri"]?.stringValue, var document = documents[uri] else { return }
        // Dropped from the table while it changes, so that its bytes are not shared and copied.
        documents[uri] = nil
        for change in params["contentChanges"]?.arrayValue ?? [] {
            do {
                try document.apply(change)
            } catch {
                showMessage("a change to \(uri) could not be applied (\(error.message)); close and reopen the document", type: 2)
            }
        }
        document.version = params["textDocument"]?["version"]?.intValue ?? document.version
        documents[uri] = document
        due[uri] = Date().addingTimeInterval(Double(settings.debounceMilliseconds) / 1000)
    }

    func didClose(_ params: JSONValue) {
        guard let uri = params["textDocument"]?["uri"]?.stringValue, let document = documents.removeValue(forKey: uri) else { return }
        due[uri] = nil
        publish(uri, version: nil, diagnostics: ruleProblemDiagnostics(for: document.path, bytes: document.bytes))
    }

    /// Checks and publishes the documents whose time has come.
    func publishDue() {
        let now = Date()
        for (uri, when) in due where when <= now {
            due[uri] = nil
            guard let document = documents[uri] else { continue }
            let diagnostics = diagnosticBuilder().diagnostics(for: analysis(of: uri))
            publish(uri, version: document.version, diagnostics: diagnostics + ruleProblemDiagnostics(for: document.path, bytes: document.bytes))
        }
    }

    /// The analysis of a document's current text, made once for each version.
    func analysis(of uri: String) -> DocumentAnalysis {
        if let made = documents[uri]?.analysis { return made }
        let document = documents[uri]!
        let analysis = DocumentAnalysis(bytes: document.bytes, path: document.path, checker: currentChecker())
        documents[uri]?.analysis = analysis
        return analysis
    }

    /// The checker with today's date, for waivers that expire while the session runs.
    func currentChecker() -> Checker? {
        guard var checker = ruleSet.checker else { return nil }
        checker.today = today()
        return checker
    }

    func diagnosticBuilder() -> DiagnosticBuilder {
        DiagnosticBuilder(settings: settings, ruleSet: ruleSet.checker?.ruleSet)
    }

    func publish(_ uri: String, version: Int?, diagnostics: [JSONValue]) {
        var params: [(String, JSONValue)] = [("uri", .string(uri))]
        if let version { params.append(("version", .int(version))) }
        params.append(("diagnostics", .array(diagnostics)))
        writer.send(Outgoing.notification("textDocument/publishDiagnostics", .object(params)))
    }

    /// Reloads the rule set and waiver file, reports their problems, and checks every open document again.
    func reload() {
        let outcome = ruleSet.reload(settings, root: workspaceRoot, today: today())
        if let failure = outcome.failure { showMessage(failure, type: 1) }
        publishRuleProblems()
        for uri in documents.keys {
            documents[uri]?.analysis = nil
            due[uri] = Date()
        }
    }

    /// Publishes the problems of the rule set and waiver file on their files, and clears those fixed.
    /// An open rule file gets them with its own diagnostics when it is published.
    func publishRuleProblems() {
        let paths = Set(ruleSet.problems.map { RuleSetState.absolute($0.location.path, root: workspaceRoot) })
        for path in paths.union(publishedRuleProblems) {
            let uri = FileURI.uri(forPath: path)
            if documents[uri] != nil {
                due[uri] = Date()
                continue
            }
            let bytes = (try? InputFile.read(path, limit: LoaderLimits.default.maxBytes).bytes) ?? []
            publish(uri, version: nil, diagnostics: ruleProblemDiagnostics(for: path, bytes: bytes))
        }
        publishedRuleProblems = paths
    }

    func ruleProblemDiagnostics(for path: String, bytes: [UInt8]) -> [JSONValue] {
        let problems = ruleSet.problems.filter { RuleSetState.absolute($0.location.path, root: workspaceRoot) == path }
        guard !problems.isEmpty else { return [] }
        let positions = TextPositions(bytes)
        let builder = diagnosticBuilder()
        return problems.map { builder.problem(problem: $0, in: positions, code: "invalid-rule-set") }
    }
}
