/// The proposal format as a JSON Schema (draft-07), generated from `ProposalSchema` so that the
/// schema editors validate against can never drift from the validator.
public enum ProposalJSONSchema {
    public static func document() -> JSONValue {
        guard case .object(let members) = schema(for: ProposalSchema.root) else { return .null }
        return .object([
            ("$schema", .string("http://json-schema.org/draft-07/schema#")),
            ("$id", .string("https://accord.invalid/schemas/proposal.schema.json")),
            ("title", .string("Accord proposal, format version 1")),
            ("description", .string("A proposed Japan-U.S. defense cooperation activity, checked by `accord check` against the basic premises of the 2014 Interim Report.")),
        ] + members)
    }

    static func schema(for type: FieldType) -> JSONValue {
        switch type {
        case .text, .freeText:
            return .object([("type", .string("string")), ("minLength", .int(1))])
        case .version(let version):
            return .object([("const", .int(version))])
        case .boolean:
            return .object([("type", .string("boolean"))])
        case .date:
            return .object([("type", .string("string")), ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))])
        case .enumeration(let values):
            return .object([("enum", .array(values.map(JSONValue.string)))])
        case .identifier(let known):
            var members: [(String, JSONValue)] = [("type", .string("string")), ("pattern", .string("^[a-z][a-z0-9]*(-[a-z0-9]+)*$"))]
            if !known.isEmpty { members.append(("examples", .array(known.map(JSONValue.string)))) }
            return .object(members)
        case .list(let element, let minimum):
            var members: [(String, JSONValue)] = [("type", .string("array")), ("items", schema(for: element))]
            if minimum > 0 { members.append(("minItems", .int(minimum))) }
            return .object(members)
        case .object(let fields):
            var members: [(String, JSONValue)] = [
                ("type", .string("object")),
                ("properties", .object(fields.map { field in
                    guard case .object(var inner) = schema(for: field.type) else { return (field.name, .null) }
                    inner.insert(("description", .string(field.summary)), at: 0)
                    // An optional field may be left empty: it is then a missing fact.
                    if !field.required { inner = [("anyOf", .array([.object(inner), .object([("type", .string("null"))])]))] + [("description", .string(field.summary))] }
                    return (field.name, .object(inner))
                })),
                ("patternProperties", .object([("^x-", .object([]))])),
                ("additionalProperties", .bool(false)),
            ]
            let required = fields.filter(\.required).map { JSONValue.string($0.name) }
            if !required.isEmpty { members.append(("required", .array(required))) }
            if fields.contains(where: { $0.name == "host_nation_consent" }) {
                members.append(("if", .object([
                    ("properties", .object([("kind", .object([("const", .string("foreign-territory"))]))])),
                    ("required", .array([.string("kind")])),
                ])))
                members.append(("then", .object([("required", .array([.string("country")]))])))
            }
            return .object(members)
        }
    }
}
