import Accord

/// Settings from the client after `initialize`: pushed with `workspace/didChangeConfiguration`, or
/// pulled with `workspace/configuration` (section `accord`) from a client that answers it, as VS
/// Code's clients do when the pushed settings are empty.
extension LanguageServer {
    func configurationChanged(_ pushed: JSONValue?) {
        if configurationPull, Self.isEmpty(pushed) {
            pullConfiguration()
            return
        }
        apply(pushed)
    }

    /// Asks the client for the `accord` section; the answer comes as a response, in `configurationAnswered`.
    func pullConfiguration() {
        guard configurationPull else { return }
        pendingConfigurationRequest = nextRequestID
        writer.send(Outgoing.request(id: nextRequestID, "workspace/configuration", .object([
            ("items", .array([.object([("section", .string("accord"))])])),
        ])))
        nextRequestID += 1
    }

    func configurationAnswered(_ result: JSONValue) {
        pendingConfigurationRequest = nil
        // One answer for each item asked; null where the client has no such section.
        guard let section = result.arrayValue?.first, !Self.isEmpty(section) else { return }
        apply(section)
    }

    private func apply(_ json: JSONValue?) {
        var problems: [String] = []
        let merged = settings.merging(json, problems: &problems)
        reportSettingProblems(problems)
        guard merged != settings else { return }
        settings = merged
        reload()
    }

    private static func isEmpty(_ json: JSONValue?) -> Bool {
        switch json {
        case nil, .null?: return true
        case .object(let members)?: return members.isEmpty || (members.count == 1 && members[0].0 == "accord" && isEmpty(members[0].1))
        default: return false
        }
    }
}
