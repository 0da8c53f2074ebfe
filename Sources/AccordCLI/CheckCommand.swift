import Accord
import ArgumentParser
import Foundation

enum OutputFormat: String, NamedValues {
    case text, json, sarif, junit, markdown, html, github, gitlab
}

// As `NamedValues` does for the command line's own enums; the engine's type needs its witnesses public.
extension FailOn: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public static var allValueDescriptions: [String: String] { [:] }
    public var defaultValueDescription: String { rawValue }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check proposals against the rule set.",
        discussion: """
            PATH is a proposal file (YAML or JSON), a folder (searched recursively for \
            *.yaml, *.yml and *.json, in sorted order; files in it that are plainly not \
            proposals, such as a waiver file, are set aside and listed), or - for standard input.

            Formats: text (the default; coloured on a terminal), json (versioned, for programs), \
            sarif (SARIF 2.1.0, for code scanning such as GitHub's), junit (JUnit XML, one test suite \
            a proposal, for CI test views), markdown (for a memo), html (one self-contained page, \
            for screen and paper), github (workflow commands that annotate a pull request's \
            lines), gitlab (GitLab's Code Quality report, for merge requests). JUnit, Markdown and \
            HTML carry a time stamp: set SOURCE_DATE_EPOCH to fix it and reproduce a report byte for byte.

            --baseline FILE takes the findings of an earlier run (a file `accord baseline` wrote, or \
            an `accord check --format json` report): a finding found there again is reported as \
            existing and does not count against --fail-on, so that a gate fails only on new findings. \
            Verdicts stay as they are, and an invalid proposal is never hidden.

            Exit codes: 0 nothing at or above --fail-on; 1 at least one violated or \
            undetermined finding at or above it; 2 an input or the rule set is invalid, or a usage error.

            Examples:
              accord check Examples/
              accord check proposal.yaml --format json --output report.json
              accord check proposals/ --format sarif --output accord.sarif
              accord check proposals/ --format html --output report.html
              accord check drafts/ --fail-on warning --waivers waivers.yaml
              accord check proposals/ --baseline accord-baseline.json --format github
              cat proposal.yaml | accord check -
            """
    )

    @Argument(help: "Proposal files, folders, or - for standard input.")
    var paths: [String]

    @OptionGroup var rules: RulesOption

    @Option(help: "Output format: \(OutputFormat.allValueStrings.joined(separator: ", ")).")
    var format: OutputFormat = .text

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: "Lowest severity that makes the exit code 1: error, warning, info or never.")
    var failOn: FailOn = .error

    @Option(help: "The operator's waiver file.")
    var waivers: String?

    @Option(help: "Findings already known (`accord baseline` or a JSON report): reported as existing, not failing.")
    var baseline: String?

    @Option(help: "Proposals checked at once (default: the number of cores). Output is the same for any value.")
    var jobs: Int = Self.cores

    /// Read once: ArgumentParser makes a command value each time it reflects on the command, and
    /// Foundation counts cores by reading /sys and the cgroup limits each time it is asked.
    private static let cores = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Never colour the text output (NO_COLOR does the same).")
    var noColor = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let ruleSet = try rules.load()
        let today = Clock.today()
        var waiverList: [Waiver] = []
        if let waivers {
            let input = try InputFile.read(waivers, limit: LoaderLimits.default.maxBytes)
            do {
                waiverList = try WaiverLoader.load(input.bytes, path: input.path, ruleSet: ruleSet)
            } catch {
                throw CLIError("the waiver file is invalid; nothing was checked:\n\(error)")
            }
        }
        let knownFindings = try baseline.map(Self.loadBaseline)
        let checker = Checker(ruleSet: ruleSet, waivers: waiverList, baseline: knownFindings, today: today)
        let sources = InputDiscovery.expand(paths)
        let showProgress = sources.count > 300 && isatty(STDERR_FILENO) == 1
        let total = sources.count
        var progress: (@Sendable (Int) -> Void)?
        if showProgress {
            progress = { done in
                guard done % 50 == 0 || done == total else { return }
                FileHandle.standardError.write(Data("\rchecked \(done)/\(total)".utf8))
            }
        }
        var runner = BatchRunner(checker: checker, jobs: jobs)
        // Read from the same files, and used only if they still hold the same rule set.
        let rulePaths = rules.paths
        runner.workerChecker = { [waiverList, knownFindings] in
            guard let copy = try? RulesOption.load(rulePaths), copy.digest == ruleSet.digest else { return nil }
            return Checker(ruleSet: copy, waivers: waiverList, baseline: knownFindings, today: today)
        }
        let code: Int32
        switch format {
        case .text, .json:
            // Written proposal by proposal: a batch of any size keeps only its tally in memory.
            let color = !noColor && output == nil && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            let sink = try OutputSink(output)
            let streamFormat: ReportStream.Format = format == .json ? .json : .text(color: color)
            var stream = ReportStream(format: streamFormat, ruleSet: ruleSet, emit: sink.write)
            let skipped = runner.run(sources, progress: progress, prepare: { (ReportStream.render($0, as: streamFormat), ReportCounts($0)) }) {
                stream.add(rendered: $0.0, counts: $0.1)
            }
            if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
            stream.finish(waiverNotes: stream.tally.waiverNotes(waiverList, today: today), baseline: stream.tally.baselineSummary(knownFindings),
                          skipped: skipped)
            try sink.close()
            code = stream.tally.exitCode(failOn: failOn.threshold)
        case .sarif, .junit, .markdown, .html, .github, .gitlab:
            let outcome = runner.run(sources, progress: progress)
            if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
            let batch = BatchReport(reports: outcome.reports, ruleSet: ruleSet, waivers: waiverList, baseline: knownFindings, today: today,
                                    skipped: outcome.skipped)
            let workingDirectory = FileManager.default.currentDirectoryPath
            let rendered: String
            switch format {
            case .sarif: rendered = SARIFReport.render(batch, workingDirectory: workingDirectory)
            case .github: rendered = GitHubReport.render(batch, workingDirectory: workingDirectory)
            case .gitlab: rendered = GitLabReport.render(batch, workingDirectory: workingDirectory)
            case .junit: rendered = JUnitReport.render(batch, timestamp: Clock.date())
            case .markdown: rendered = MarkdownReport.render(batch, timestamp: Clock.date())
            default: rendered = HTMLReport.render(batch, timestamp: Clock.date())
            }
            try write(rendered, to: output)
            code = batch.exitCode(failOn: failOn.threshold)
        }
        // The process ends here with the rule set still held: freeing the lexicon's thousands of
        // objects on the way out took a fifth of a single check.
        Foundation.exit(code)
    }

    static func loadBaseline(_ path: String) throws -> Baseline {
        let input = try InputFile.read(path, limit: LoaderLimits.default.maxBytes)
        do {
            return try BaselineLoader.load(input.bytes, path: input.path)
        } catch {
            throw CLIError("the baseline is invalid; nothing was checked:\n\(error)")
        }
    }
}

/// A report written in pieces to a file or to standard output, through a buffer.
final class OutputSink {
    private let handle: FileHandle
    private let path: String?
    /// Bytes rather than Data: appending a string's UTF-8 view to Data is generic code that the
    /// runtime specializes on first use, which cost more than a single check's whole report.
    private var buffer: [UInt8] = []

    init(_ path: String?) throws {
        self.path = path
        guard let path else {
            handle = FileHandle.standardOutput
            return
        }
        // Opened in place, as a shell's `>` does: FileManager.createFile would write a new file and
        // rename it over the path, which replaces a symbolic link, or a device such as /dev/null.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw CLIError("\(path): cannot write the report")
        }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { handle.write(Data($0)) }
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        flush()
        if path != nil { try handle.close() }
    }
}

/// Writes a report to a file, or to standard output.
func write(_ text: String, to output: String?) throws {
    guard let output else {
        FileHandle.standardOutput.write(Data(text.utf8))
        return
    }
    do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: output))
    } catch {
        throw CLIError("\(output): cannot write the report: \(error.localizedDescription)")
    }
}

enum Clock {
    /// Today's UTC date; SOURCE_DATE_EPOCH, when set, fixes it so that a run can be reproduced.
    static func today() -> String {
        let date = date()
        return CivilDate.utcDay(secondsSince1970: date.timeIntervalSince1970) ?? date.formatted(.iso8601.year().month().day())
    }

    static func date() -> Date {
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = TimeInterval(epoch) {
            return Date(timeIntervalSince1970: seconds)
        }
        return Date()
    }
}
