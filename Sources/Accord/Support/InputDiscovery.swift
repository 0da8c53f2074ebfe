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
        let fileManager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard path != "-", fileManager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                sources.append(InputSource(path: path, foundInFolder: false))
                continue
            }
            let root = URL(fileURLWithPath: path)
            var found: [String] = []
            if let walker = fileManager.enumerator(at: root, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) {
                for case let url as URL in walker where extensions.contains(url.pathExtension.lowercased()) {
                    var isFolder: ObjCBool = false
                    if fileManager.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue { continue }
                    let relative = url.path.dropFirst(root.path.count).drop { $0 == "/" }
                    found.append(path.hasSuffix("/") ? path + relative : path + "/" + relative)
                }
            }
            sources += found.sorted().map { InputSource(path: $0, foundInFolder: true) }
        }
        return sources
    }
}
