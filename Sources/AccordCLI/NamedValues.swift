import ArgumentParser

/// An option's values, named by their raw values. ArgumentParser's own defaults derive the same
/// names through `String(describing:)` and key paths in generic code, for every value, each time
/// it reflects on a command (several times a run): a noticeable part of starting a check.
protocol NamedValues: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension NamedValues {
    static var allValueStrings: [String] { allCases.map { $0.rawValue } }

    /// ArgumentParser lists a description only where it differs from the value's name.
    static var allValueDescriptions: [String: String] { [:] }

    var defaultValueDescription: String { rawValue }
}
