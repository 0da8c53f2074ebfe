/// The proposal format, version 1 (SPEC section 2), as data: the validator, the rule
/// loader's path checks and the JSON Schema all read this one description.
public indirect enum FieldType: Sendable {
    /// One line of text, not empty.
    case text
    /// Free text that the text rules screen (title, description, commitment text).
    case freeText
    /// An integer equal to the given value (the format version).
    case version(Int)
    case boolean
    /// YYYY-MM-DD.
    case date
    case enumeration([String])
    /// A lower-case-hyphenated identifier; if `known` is given, near misses of a known value are typos.
    case identifier(known: [String])
    case list(FieldType, minimumCount: Int)
    case object([Field])
}

public struct Field: Sendable {
    public var name: String
    public var type: FieldType
    public var required: Bool
    public var summary: String

    public init(_ name: String, _ type: FieldType, required: Bool = false, _ summary: String) {
        self.name = name
        self.type = type
        self.required = required
        self.summary = summary
    }
}

public enum ProposalSchema {
    public static let situations = ["peacetime", "emerging-threat", "armed-attack-on-japan", "armed-attack-on-partner", "large-scale-disaster"]
    public static let roles = ["lead", "support", "participant"]
    public static let locationKinds = ["japan-territory", "high-seas", "international-airspace", "foreign-territory", "space", "cyberspace"]
    /// `asset-protection` is kept for drafts written before `use_of_weapons`: the rules read it as
    /// a use of weapons for asset protection and warn to move it there.
    public static let purposes = ["individual-self-defense", "collective-self-defense", "un-authorized", "asset-protection", "strike"]
    public static let weaponsPurposes = ["asset-protection", "law-enforcement", "self-protection"]
    public static let commitmentTypes = ["legislative", "budgetary", "administrative", "legal"]
    public static let nuclearActivities = ["none", "possess", "produce", "introduce"]
    public static let classifications = ["unclassified", "confidential", "secret", "top-secret"]

    /// The report's lists of areas (sections V to VIII), which "may include, but are not limited to" these.
    public static let areas = [
        "intelligence-surveillance-reconnaissance", "training-and-exercises", "use-of-facilities-and-areas",
        "logistics-support", "asset-protection", "air-and-missile-defense", "protection-of-facilities-and-areas",
        "search-and-rescue", "economic-sanctions-effectiveness", "noncombatant-evacuation", "refugee-measures",
        "maritime-security", "response-to-armed-attack", "disaster-response", "peacekeeping-operations",
        "humanitarian-assistance-disaster-relief", "capacity-building", "space", "cyberspace",
        "defense-equipment-and-technology", "information-security", "educational-and-research-exchanges",
    ]

    static let countries = ["japan", "united-states"]

    /// Fields that state the circumstances the proposal is made in, not choices it makes: a
    /// derived fix never proposes changing them.
    public static let circumstances: Set<String> = ["situation", "date", "location.kind", "location.country"]

    /// The top-level fields of a proposal.
    public static let fields: [Field] = [
        Field("proposal", .version(1), required: true, "format version: 1"),
        Field("id", .text, required: true, "the proposal's identifier, e.g. PROP-2014-031"),
        Field("title", .freeText, required: true, "a one-line title"),
        Field("submitted_by", .text, "who submits the proposal"),
        Field("date", .date, "date of the proposal, YYYY-MM-DD"),
        Field("area", .identifier(known: areas), required: true, "area of cooperation; the report's lists are recognised, others are flagged for review"),
        Field("situation", .enumeration(situations), required: true, "the situation the activity is planned for"),
        Field("participants", .list(.object([
            Field("country", .identifier(known: countries), required: true, "japan, united-states or another country, lower-case-hyphenated"),
            Field("organization", .text, "the participating organization"),
            Field("role", .enumeration(roles), "lead, support or participant"),
        ]), minimumCount: 1), required: true, "who takes part; at least one"),
        Field("location", .object([
            Field("kind", .enumeration(locationKinds), required: true, "where the activity takes place"),
            Field("country", .identifier(known: []), "the host country; required when kind is foreign-territory"),
            Field("host_nation_consent", .boolean, "whether the host nation consents; expected when kind is foreign-territory"),
        ]), required: true, "where the activity takes place"),
        Field("use_of_force", .object([
            Field("by", .list(.identifier(known: countries), minimumCount: 1), required: true, "countries that use force"),
            Field("purpose", .enumeration(purposes), "why force is used"),
            Field("conditions", .object([
                Field("threat_to_survival", .boolean, "an armed attack threatens Japan's survival"),
                Field("no_other_means", .boolean, "no other appropriate means are available"),
                Field("minimum_necessary", .boolean, "the use of force is limited to the minimum necessary"),
            ]), "the three conditions of the cabinet decision of 1 July 2014"),
            Field("request_by_attacked_state", .boolean, "collective self-defense: the attacked state asked for help"),
        ]), "use of force; absent means none"),
        Field("use_of_weapons", .object([
            Field("by", .list(.identifier(known: countries), minimumCount: 1), required: true, "countries whose forces use weapons"),
            Field("purpose", .enumeration(weaponsPurposes), "asset-protection, law-enforcement or self-protection"),
            Field("statute", .text, "the statute that authorizes the use of weapons, e.g. Self-Defense Forces Act Article 95-2"),
        ]), "a use of weapons that is not a use of force (asset protection, law enforcement) under a named statute"),
        Field("responsibility", .object([
            Field("primary", .identifier(known: countries), "who holds primary responsibility to repel an attack"),
        ]), "responsibilities"),
        Field("legal_basis", .list(.text, minimumCount: 0), "instruments the activity rests on, international and domestic"),
        Field("amends", .list(.text, minimumCount: 0), "instruments this proposal would amend or supersede"),
        Field("commitments", .list(.object([
            Field("type", .enumeration(commitmentTypes), required: true, "legislative, budgetary, administrative or legal"),
            Field("binding", .boolean, required: true, "whether the commitment binds a government"),
            Field("text", .freeText, "the commitment's wording"),
        ]), minimumCount: 0), "commitments the proposal would create"),
        Field("nuclear_weapons", .object([
            Field("activity", .enumeration(nuclearActivities), required: true, "none, possess, produce or introduce"),
        ]), "nuclear weapons involved"),
        Field("coordination", .object([
            Field("mechanism", .text, "the coordination mechanism, e.g. Alliance Coordination Mechanism"),
            Field("agencies", .list(.text, minimumCount: 0), "agencies involved"),
        ]), "whole-of-government coordination"),
        Field("information_sharing", .object([
            Field("classification", .enumeration(classifications), required: true, "highest classification shared"),
            Field("protection", .text, "instrument that protects the shared information, e.g. GSOMIA"),
        ]), "information shared"),
        Field("description", .freeText, required: true, "free text, English or Japanese"),
    ]

    public static let root = FieldType.object(fields)

    /// The type at a dotted path (`a.b`, list elements through `a[].b`), or nil if the format has no such field.
    public static func type(at path: String, from start: FieldType = root) -> FieldType? {
        if path == "." { return start }
        var current = start
        for segment in path.split(separator: ".", omittingEmptySubsequences: false) {
            var name = Substring(segment)
            var intoList = false
            if name.hasSuffix("[]") {
                name = name.dropLast(2)
                intoList = true
            }
            guard case .object(let fields) = current, let field = fields.first(where: { $0.name == name }) else { return nil }
            current = field.type
            if intoList {
                guard case .list(let element, _) = current else { return nil }
                current = element
            }
        }
        return current
    }

    /// Every path the format has, for "did you mean" hints.
    public static func allPaths(from start: FieldType = root, prefix: String = "") -> [String] {
        guard case .object(let fields) = start else { return [] }
        var paths: [String] = []
        for field in fields {
            let path = prefix.isEmpty ? field.name : "\(prefix).\(field.name)"
            paths.append(path)
            switch field.type {
            case .object: paths += allPaths(from: field.type, prefix: path)
            case .list(let element, _):
                if case .object = element { paths += allPaths(from: element, prefix: path + "[]") }
            default: break
            }
        }
        return paths
    }
}
