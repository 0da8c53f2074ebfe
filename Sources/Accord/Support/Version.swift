/// The version of Accord, printed by `accord --version` and written into every report.
public enum AccordVersion {
    public static let current = "0.1.0"
}
