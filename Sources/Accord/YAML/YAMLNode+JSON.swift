/// YAML read as JSON (`accord parse`, JSON conversions): the loader's side of the bridge, so
/// that Support's JSON values know nothing of YAML.
extension YAMLNode {
    /// The data of the node as JSON: how Accord reads the YAML, without tags.
    public var json: JSONValue {
        switch content {
        case .scalar(_, _, let value):
            switch value {
            case .null: return .null
            case .bool(let flag): return .bool(flag)
            case .int(let number): return .int(number)
            case .float(let number): return .double(number)
            case .string(let text): return .string(text)
            }
        case .sequence(let items):
            return .array(items.map(\.json))
        case .mapping(let pairs):
            return .object(pairs.map { pair in (pair.key.keyText, pair.value.json) })
        }
    }

    /// A key as JSON must spell it: a string, whatever the key's type.
    var keyText: String {
        switch content {
        case .scalar(let text, _, let value):
            switch value {
            case .null: return ""
            case .bool(let flag): return flag ? "true" : "false"
            case .int(let number): return String(number)
            case .float: return text
            case .string(let string): return string
            }
        default:
            return json.compact()
        }
    }
}
