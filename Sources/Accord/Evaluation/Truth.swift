/// Kleene's three-valued logic: a condition over a missing fact is unknown.
public enum Truth: String, Sendable {
    case `true`, `false`, unknown

    public static func and(_ values: [Truth]) -> Truth {
        if values.contains(.false) { return .false }
        return values.contains(.unknown) ? .unknown : .true
    }

    public static func or(_ values: [Truth]) -> Truth {
        if values.contains(.true) { return .true }
        return values.contains(.unknown) ? .unknown : .false
    }

    public var negated: Truth {
        switch self {
        case .true: return .false
        case .false: return .true
        case .unknown: return .unknown
        }
    }

    init(_ flag: Bool) { self = flag ? .true : .false }
}
