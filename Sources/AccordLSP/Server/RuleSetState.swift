import Accord
import Foundation

/// The checker the server checks documents with, and the problems of the rule set and waiver file
/// it was loaded from. A reload that fails keeps the last valid checker serving.
final class RuleSetState {
    private(set) var checker: Checker?
    /// The rule and waiver files the last load found problems in, as absolute paths.
    private(set) var problems: [Diagnostic] = []
    /// Where the rules were read from, absolute: a change under one of them reloads the set.
    private(set) var watchedPaths: [String] = []

    struct Outcome {
        /// The rule set or the waiver file was invalid, and the last valid one (if any) kept serving.
        var failure: String?
    }

    /// Loads the rule set and waiver file `settings` name, relative paths read from `root`.
    func reload(_ settings: ServerSettings, root: String?, today: String) -> Outcome {
        let rulePaths = settings.rules.map { Self.absolute($0, root: root) }
        let waiverPath = settings.waivers.map { Self.absolute($0, root: root) }
        watchedPaths = rulePaths + (waiverPath.map { [$0] } ?? [])
        let ruleSet: RuleSet
        do {
            ruleSet = try RuleSetLoader.load(rulePaths)
        } catch {
            problems = error.items
            return Outcome(failure: "the rule set is invalid (\(error.items.count) problem\(error.items.count == 1 ? "" : "s"), first at \(error.items[0].location)); "
                + (checker == nil ? "no rules are checked until it is fixed" : "the last valid rule set keeps serving"))
        }
        var waivers: [Waiver] = []
        if let waiverPath {
            do {
                waivers = try Self.waivers(at: waiverPath, ruleSet: ruleSet)
            } catch {
                problems = error.items
                if checker == nil { checker = Checker(ruleSet: ruleSet, today: today) }
                return Outcome(failure: "the waiver file is invalid (first problem at \(error.items[0].location)); "
                    + (checker == nil ? "findings are shown without waivers" : "the last valid rules and waivers keep serving"))
            }
        }
        problems = []
        checker = Checker(ruleSet: ruleSet, waivers: waivers, today: today)
        return Outcome(failure: nil)
    }

    private static func waivers(at path: String, ruleSet: RuleSet) throws(Diagnostics) -> [Waiver] {
        let input: InputFile
        do {
            input = try InputFile.read(path, limit: LoaderLimits.default.maxBytes)
        } catch {
            throw Diagnostics([error])
        }
        return try WaiverLoader.load(input.bytes, path: path, ruleSet: ruleSet)
    }

    /// Whether a changed file is one the checker was loaded from.
    func isWatched(_ path: String) -> Bool {
        watchedPaths.contains { path == $0 || path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
    }

    static func absolute(_ path: String, root: String?) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return (expanded as NSString).standardizingPath }
        let base = root ?? FileManager.default.currentDirectoryPath
        return ((base as NSString).appendingPathComponent(expanded) as NSString).standardizingPath
    }
}
