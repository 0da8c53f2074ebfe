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
        // Path arithmetic on strings: Foundation's URLs cost more here than the file checks.
        var directory = parent(of: executablePath())
        let installed = join(parent(of: directory), "share/accord/Rules")
        if isRuleSet(installed) { return installed }
        while directory != "/" {
            let candidate = join(directory, "Rules")
            if isRuleSet(candidate) { return candidate }
            directory = parent(of: directory)
        }
        return isRuleSet("Rules") ? "Rules" : nil
    }

    /// The running binary with every symbolic link resolved.
    private static func executablePath() -> String {
        guard let resolved = realpath("/proc/self/exe", nil) else { return "/proc/self/exe" }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The folder an absolute path is in; "/" for "/" itself.
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    static func join(_ directory: String, _ name: String) -> String {
        directory == "/" ? "/" + name : directory + "/" + name
    }
}

/// An error the user caused (bad rule set, unreadable waiver file): message on stderr, exit code 2.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
