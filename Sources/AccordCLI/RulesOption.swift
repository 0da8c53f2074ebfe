import Accord
import ArgumentParser
import Foundation

/// `--rules`, shared by every command that reads the rule set.
struct RulesOption: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp(
        "A rule folder or file; repeat to combine. Default: the bundled Rules/ ($ACCORD_RULES, then next to the installed binary, then the clone it was built in).",
        valueName: "path"))
    var paths: [String] = []

    func resolved() throws -> [String] { try Self.resolve(paths) }

    func load() throws -> RuleSet { try Self.load(paths) }

    /// The paths to load: those given, or the bundled rule set.
    static func resolve(_ paths: [String]) throws -> [String] {
        if !paths.isEmpty { return paths }
        guard let bundled = BundledRules.locate() else {
            throw CLIError("the bundled rule set was not found; pass --rules DIR or set ACCORD_RULES")
        }
        return [bundled]
    }

    static func load(_ given: [String]) throws -> RuleSet {
        let paths = try resolve(given)
        do {
            return try RuleSetLoader.load(paths)
        } catch {
            throw CLIError("the rule set is invalid; nothing was checked:\n\(error)")
        }
    }
}

/// Finds the bundled rules: from a clone (the binary sits in .build/<config>/) and after `install.sh`
/// (the binary in PREFIX/bin, the rules in PREFIX/share/accord/Rules).
enum BundledRules {
    static func locate() -> String? {
        let fileManager = FileManager.default
        func isRuleSet(_ path: String) -> Bool { fileManager.fileExists(atPath: path + "/premises.yaml") }
        if let fromEnvironment = ProcessInfo.processInfo.environment["ACCORD_RULES"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        let installed = directory.deletingLastPathComponent().appendingPathComponent("share/accord/Rules").path
        if isRuleSet(installed) { return installed }
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("Rules").path
            if isRuleSet(candidate) { return candidate }
            directory.deleteLastPathComponent()
        }
        return isRuleSet("Rules") ? "Rules" : nil
    }
}

/// An error the user caused (bad rule set, unreadable waiver file): message on stderr, exit code 2.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
