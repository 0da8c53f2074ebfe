import Foundation

/// The lemmas of lexicon terms from earlier runs. Analysing a lexicon's thousands of terms
/// through MeCab and the stemmer was most of a single check's time; the results depend only on
/// the analyser, so they are kept in the user's cache folder (`$ACCORD_CACHE_DIR`, else
/// `$XDG_CACHE_HOME/accord`, else `~/.cache/accord`). The file names the analyser it was made
/// by — Accord's version, the revision of the analysis below, and the lemmas of probe phrases,
/// which change with the dictionary or the stemmer — and is ignored when any differs. A folder
/// that cannot be read or written only costs the time saved.
final class TermLemmaCache {
    /// Bump when the analysis of a phrase changes in a way the probes may not show.
    static let revision = 12
    static let probes = ["amended obligations of the Treaty", "地位協定を改定し、核兵器を持ち込ませない"]

    private let file: URL?
    private let identity: String
    private var known: [String: [String]] = [:]
    private var changed = false

    /// The user's cache folder, or nil when caching is off or there is no home.
    static var folder: URL? {
        let environment = ProcessInfo.processInfo.environment
        if let dir = environment["ACCORD_CACHE_DIR"] {
            return dir.isEmpty || dir == "off" ? nil : URL(fileURLWithPath: dir)
        } else if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("accord")
        } else if let home = environment["HOME"], !home.isEmpty {
            return URL(fileURLWithPath: home).appendingPathComponent(".cache/accord")
        }
        return nil
    }

    /// The analyser that made a cache's lemmas, as its first line names it.
    static let analyser: String = {
        let probeLemmas = probes.map { (try? TextAnalyzer.lemmas(of: $0).get())?.joined(separator: " ") ?? "?" }
        return "accord \(AccordVersion.current) analysis \(revision) probes \(probeLemmas.joined(separator: " | "))"
    }()

    /// Opens the cache, or an empty one that keeps nothing when it must not or cannot.
    init() {
        file = Self.folder?.appendingPathComponent("term-lemmas.txt")
        identity = Self.analyser
        guard let file, let data = try? Data(contentsOf: file) else { return }
        // Read as bytes: splitting a String by characters cost more than the analysis it saves.
        let bytes = [UInt8](data)
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: true)[...]
        guard let header = lines.popFirst(), header.elementsEqual(identity.utf8) else { return }
        known.reserveCapacity(lines.count)
        for line in lines {
            guard let tab = line.firstIndex(of: 0x09) else { continue }
            let phrase = String(decoding: line[..<tab], as: UTF8.self)
            known[phrase] = line[(tab + 1)...].split(separator: 0x1F).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// The lemmas of a phrase, as `TextAnalyzer.lemmas(of:)` gives them.
    func lemmas(of phrase: String) -> Result<[String], JapaneseTagger.TaggerUnavailable> {
        if let lemmas = known[phrase] { return .success(lemmas) }
        let result = TextAnalyzer.lemmas(of: phrase)
        if case .success(let lemmas) = result, file != nil, !phrase.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" }),
           !lemmas.contains(where: { $0.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\u{1F}" }) }) {
            known[phrase] = lemmas
            changed = true
        }
        return result
    }

    /// Writes what was added, replacing the file at once so that no reader sees half of it.
    func save() {
        guard changed, let file else { return }
        var text = identity + "\n"
        for phrase in known.keys.sorted() { text += phrase + "\t" + known[phrase]!.joined(separator: "\u{1F}") + "\n" }
        Self.replace(file, with: Data(text.utf8))
        changed = false
    }

    /// Writes a cache file through a temporary one renamed over it, so that no reader sees half
    /// of it; a folder that cannot be written keeps nothing.
    static func replace(_ file: URL, with data: Data) {
        let folder = file.deletingLastPathComponent()
        // Two loads of one process (a batch's workers) may write at once: a name of their own each.
        let temporary = folder.appendingPathComponent("\(file.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: temporary)
            if rename(temporary.path, file.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }
}
