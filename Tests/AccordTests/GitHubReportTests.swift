import XCTest
@testable import Accord

/// GitHub's workflow commands end a property at `:` or `,` and the command at a line break.
final class GitHubEscapingTests: XCTestCase {
    func testMessagesAndPropertiesAreEscapedAsGitHubRequires() {
        XCTAssertEqual(GitHubReport.escapeData("50% done\r\nnext: a, b"), "50%25 done%0D%0Anext: a, b")
        XCTAssertEqual(GitHubReport.escapeProperty("50% done\r\nnext: a, b"), "50%25 done%0D%0Anext%3A a%2C b")
        XCTAssertEqual(GitHubReport.command("warning", file: "p/a,b.yaml", line: 3, column: 7, title: "r (violated)", message: "m\nn"),
                       "::warning file=p/a%2Cb.yaml,line=3,col=7,title=r (violated)::m%0An\n")
    }
}
