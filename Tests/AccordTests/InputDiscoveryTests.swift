import Foundation
import XCTest
@testable import Accord

/// Which files a folder given to `accord check` yields, and in what order.
final class InputDiscoveryTests: XCTestCase {
    private var base = ""

    override func setUpWithError() throws {
        base = NSTemporaryDirectory() + "accord-discovery-\(UUID().uuidString)"
        let files = [
            "tree/b.yaml", "tree/a.yaml", "tree/C.YML", "tree/d.Json", "tree/notes.txt", "tree/data.json.bak",
            "tree/trailing.", "tree/sub/z.yml", "tree/sub/deeper/y.json", "tree/Ω.yaml", "tree/é.yaml",
            "tree/.hidden.yaml", "tree/.hidden/inside.yaml", "tree/folder.yaml/inner.yaml", "elsewhere/target.yaml",
        ]
        for file in files {
            let path = base + "/" + file
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data("id: x\n".utf8)))
        }
        try FileManager.default.createDirectory(atPath: base + "/elsewhere/folder.yaml", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: base + "/tree/link.yaml", withDestinationPath: base + "/elsewhere/target.yaml")
        try FileManager.default.createSymbolicLink(atPath: base + "/tree/dangling.yaml", withDestinationPath: base + "/nowhere.yaml")
        try FileManager.default.createSymbolicLink(atPath: base + "/tree/linked-folder.yaml", withDestinationPath: base + "/elsewhere/folder.yaml")
        try FileManager.default.createSymbolicLink(atPath: base + "/tree/linked", withDestinationPath: base + "/elsewhere")
        try FileManager.default.createSymbolicLink(atPath: base + "/tree-link", withDestinationPath: base + "/tree")
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(atPath: base)
    }

    private func found(_ path: String) -> [String] {
        InputDiscovery.expand([path]).map { source in
            XCTAssertTrue(source.foundInFolder)
            return String(source.path.dropFirst(path.count))
        }
    }

    func testAFolderYieldsItsProposalFilesAtAnyDepthSortedAsStrings() {
        XCTAssertEqual(found(base + "/tree"), [
            "/C.YML", "/a.yaml", "/b.yaml", "/d.Json", "/dangling.yaml", "/folder.yaml/inner.yaml", "/link.yaml",
            "/sub/deeper/y.json", "/sub/z.yml", "/é.yaml", "/Ω.yaml",
        ], "hidden names, other extensions, folders and links to folders are passed over; links to files are kept")
    }

    func testTheFolderIsWrittenAsGivenBeforeEachFile() {
        XCTAssertEqual(found(base + "/tree/sub/").first, "deeper/y.json")
        XCTAssertEqual(found(base + "/tree/sub//").first, "deeper/y.json")
        XCTAssertEqual(found(base + "/tree/sub/.").first, "/deeper/y.json")
    }

    func testAFolderNamedThroughALinkIsNotWalked() {
        XCTAssertEqual(found(base + "/tree-link"), [])
        XCTAssertEqual(found(base + "/tree-link/"), [])
        XCTAssertEqual(found(base + "/tree-link/sub"), ["/deeper/y.json", "/z.yml"], "only the last name counts")
    }

    func testFilesMissingPathsAndStandardInputStayAsGiven() {
        let given = [base + "/tree/notes.txt", base + "/missing", "-", base + "/tree/b.yaml"]
        XCTAssertEqual(InputDiscovery.expand(given), given.map { InputSource(path: $0, foundInFolder: false) })
    }

    func testFoldersKeepTheirOrderOnTheCommandLine() {
        let sources = InputDiscovery.expand([base + "/tree/sub", base + "/tree/a.yaml", base + "/elsewhere"])
        XCTAssertEqual(sources.map(\.path), [
            base + "/tree/sub/deeper/y.json", base + "/tree/sub/z.yml", base + "/tree/a.yaml", base + "/elsewhere/target.yaml",
        ])
    }

    func testTheExtensionIsWhatFollowsTheLastDot() {
        XCTAssertEqual(InputDiscovery.pathExtension("a.b.yaml"), "yaml")
        XCTAssertEqual(InputDiscovery.pathExtension("trailing."), "")
        XCTAssertEqual(InputDiscovery.pathExtension("none"), "")
        XCTAssertEqual(InputDiscovery.pathExtension(".yaml"), "")
    }
}
