import Accord
import Foundation

/// The bundled rules, loaded once: every input is checked against the real rule set.
let fuzzChecker: Checker = {
    let rules = ProcessInfo.processInfo.environment["ACCORD_RULES"] ?? "Rules"
    do {
        return Checker(ruleSet: try RuleSetLoader.load([rules]), today: "2026-01-01")
    } catch {
        fatalError("accord-fuzz needs the rule set (run from the project folder or set ACCORD_RULES): \(error)")
    }
}()

/// One input through everything that reads untrusted bytes: the loader, proposal validation,
/// evaluation with the bundled rules, and the JSON and text reports. Any crash is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let report = fuzzChecker.check(InputFile(path: "fuzz.yaml", bytes: bytes)) else { return 0 }
    let batch = BatchReport(reports: [report], ruleSet: fuzzChecker.ruleSet, waivers: [], today: "2026-01-01")
    _ = JSONReport.render(batch)
    _ = TextReport(color: false).render(batch)
    return 0
}

#if !FUZZING
/// Without libFuzzer (a plain build), replays files through the same entry point: how a
/// crash found by the fuzzer is reproduced and how the regression corpus is rerun.
@main
enum Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
            _ = bytes.withUnsafeBufferPointer { buffer in
                fuzzOneInput(buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!, buffer.count)
            }
            print("ok \(path)")
        }
    }
}
#endif
