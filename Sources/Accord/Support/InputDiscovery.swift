import Foundation

/// One input named on the command line, or found in a folder named there.
public struct InputSource: Sendable, Equatable {
    /// The path as given or found; `-` for standard input.
    public var path: String
    /// Found by walking a folder: such a file may be set aside if it is plainly not a proposal.
    public var foundInFolder: Bool
}

public enum InputDiscovery {
    public static let extensions: Set<String> = ["yaml", "yml", "json"]

    /// Files as given; folders walked recursively for `*.yaml`, `*.yml` and `*.json`, sorted.
    /// A path that does not exist stays in the list, so that it is reported with the others.
    public static func expand(_ paths: [String]) -> [InputSource] {
        var sources: [InputSource] = []
        for path in paths {
            guard path != "-", FolderWalk.isFolder(path) else {
                sources.append(InputSource(path: path, foundInFolder: false))
                continue
            }
            let folder = path.hasSuffix("/") ? path : path + "/"
            // Walked as Foundation's enumerator walked it, from the URL's path: with `.` segments
            // and trailing slashes dropped, a link to a folder is not followed even as `link/`.
            let root = URL(fileURLWithPath: path).path
            let found = FolderWalk.files(in: root) { extensions.contains(pathExtension($0).lowercased()) }
            sources += found.map { folder + $0 }.sorted().map { InputSource(path: $0, foundInFolder: true) }
        }
        return sources
    }

    /// What follows the last dot of a file name that is not hidden, as Foundation's
    /// `pathExtension` reads it: nothing when the name starts or ends with its last dot.
    static func pathExtension(_ name: String) -> Substring {
        let dot = UInt8(ascii: ".")
        guard name.utf8.last != dot, let last = name.utf8.lastIndex(of: dot), last != name.startIndex else { return "" }
        return name[name.utf8.index(after: last)...]
    }
}

/// The files below a folder, read with opendir and readdir: FileManager's enumerator makes a URL,
/// a path string and an extension string for every entry, and the walk is done before any check
/// starts. It lists what that enumerator (with `.skipsHiddenFiles`) listed: hidden names are
/// passed over, symbolic links are listed but not followed, the walk stays on the folder's file
/// system, and an unreadable folder is passed over.
enum FolderWalk {
    /// Whether the path names a folder, or a link to one.
    static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// The paths, relative to `root`, of the files below it whose names `select` takes, in no
    /// particular order. A file is anything but a folder, or a link to one; a link that leads
    /// nowhere is a file. A root that is itself a link is not followed: nothing is found.
    static func files(in root: String, select: @escaping (String) -> Bool) -> [String] {
        var status = stat()
        guard lstat(root, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return [] }
        var found: [String] = []
        Walk(device: status.st_dev, select: select)
            .visit(Array(root.utf8), relative: "", ancestors: [status.st_ino], into: &found)
        return found
    }

    private struct Walk {
        let device: dev_t
        let select: (String) -> Bool

        /// `folder` is the folder's path in bytes, as the file system spells it (a name need not
        /// be UTF-8); `relative` the path shown for it; `ancestors` the inodes of the folders it
        /// is in, so that a folder mounted inside itself is not walked again.
        func visit(_ folder: [UInt8], relative: String, ancestors: [ino_t], into found: inout [String]) {
            guard let stream = Self.withCString(folder, opendir) else { return }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let nameBytes = Self.name(of: entry)
                let name = String(decoding: nameBytes, as: UTF8.self)
                if nameBytes.first == UInt8(ascii: "."), name.first == "." { continue }  // hidden, and `.` and `..`
                let shown = relative + name
                if entry.pointee.d_type == UInt8(DT_REG) {
                    // Most entries: a regular file is known from the entry, and needs no path.
                    if select(name) { found.append(shown) }
                    continue
                }
                let path = folder + [UInt8(ascii: "/")] + nameBytes
                if let inode = subfolder(path, type: entry.pointee.d_type) {
                    if !ancestors.contains(inode) {
                        visit(path, relative: shown + "/", ancestors: ancestors + [inode], into: &found)
                    }
                } else if select(name), !Self.leadsToFolder(path) {
                    // A link, or an entry of unknown type: looked at.
                    found.append(shown)
                }
            }
        }

        /// The inode of a folder on the walk's file system; nil for anything else. A link is
        /// not a folder, whatever it leads to.
        private func subfolder(_ path: [UInt8], type: UInt8) -> ino_t? {
            guard type == UInt8(DT_DIR) || type == UInt8(DT_UNKNOWN) else { return nil }
            var status = stat()
            guard Self.withCString(path, { lstat($0, &status) }) == 0, status.st_mode & S_IFMT == S_IFDIR,
                  status.st_dev == device else { return nil }
            return status.st_ino
        }

        /// Whether the path, in the file system's bytes, names a folder or a link to one.
        private static func leadsToFolder(_ path: [UInt8]) -> Bool {
            var status = stat()
            return withCString(path, { stat($0, &status) }) == 0 && status.st_mode & S_IFMT == S_IFDIR
        }

        private static func name(of entry: UnsafeMutablePointer<dirent>) -> [UInt8] {
            withUnsafeBytes(of: &entry.pointee.d_name) { bytes in Array(bytes.prefix { $0 != 0 }) }
        }

        private static func withCString<Result>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> Result) -> Result {
            (path + [0]).withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
            }
        }
    }
}
