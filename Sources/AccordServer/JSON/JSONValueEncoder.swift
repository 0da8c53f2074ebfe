import Accord

/// Encodes an `Encodable` value as a `JSONValue`, keeping each object's members in the order they are
/// encoded (a type's declaration order, for synthesized conformances). Foundation's `JSONEncoder` orders
/// members by hash, differently from one process to the next, and clients and tests read members in
/// order. Nil follows Codable's rules: `encodeIfPresent` leaves the member out, `encode` of an
/// optional writes `null`.
struct JSONValueEncoder {
    func encode(_ value: some Encodable) throws -> JSONValue {
        let root = Node()
        try root.encode(value, codingPath: [])
        return root.json
    }
}

/// One value being encoded; containers hold their children as nodes, filled in as they are encoded.
private final class Node {
    enum Content {
        case unset
        case value(JSONValue)
        case object([(String, Node)])
        case array([Node])
    }

    var content = Content.unset

    var json: JSONValue {
        switch content {
        case .unset: return .object([])
        case .value(let value): return value
        case .object(let members): return .object(members.map { ($0.0, $0.1.json) })
        case .array(let items): return .array(items.map(\.json))
        }
    }

    func encode(_ value: some Encodable, codingPath: [any CodingKey]) throws {
        switch value {
        case let value as String: content = .value(.string(value))
        case let value as Bool: content = .value(.bool(value))
        case let value as Int: content = .value(.int(value))
        case let value as Double: content = .value(.double(value))
        default: try value.encode(to: NodeEncoder(node: self, codingPath: codingPath))
        }
    }

    func child(_ key: String) -> Node {
        let node = Node()
        if case .object(var members) = content {
            members.removeAll { $0.0 == key }
            members.append((key, node))
            content = .object(members)
        }
        return node
    }

    func append() -> Node {
        let node = Node()
        if case .array(var items) = content {
            items.append(node)
            content = .array(items)
        }
        return node
    }
}

private struct NodeEncoder: Encoder {
    let node: Node
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = node.content {} else { node.content = .object([]) }
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = node.content {} else { node.content = .array([]) }
        return UnkeyedNodeContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleNodeContainer(node: node, codingPath: codingPath)
    }
}

/// The integer and float types Codable names one by one, written as the JSON numbers they are.
private func number(_ value: some BinaryInteger) -> JSONValue { .int(Int(value)) }
private func number(_ value: some BinaryFloatingPoint) -> JSONValue { .double(Double(value)) }

private struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: Node
    let codingPath: [any CodingKey]

    // One requirement a type Codable names, as ValueSink below, with the key where the value goes.
    mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(number(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(number(value), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(number(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(number(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(number(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(number(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(number(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(number(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(number(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(number(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(number(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(number(value), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try node.child(key.stringValue).encode(value, codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        NodeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.child("super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        NodeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key])
    }

    private func put(_ value: JSONValue, _ key: Key) { node.child(key.stringValue).content = .value(value) }
}

/// The values Codable names one by one, written the same way by the unkeyed and single-value
/// containers, whose requirements for them have the same signatures: each only says where a value goes.
private protocol ValueSink {
    mutating func put(_ value: JSONValue)
}

extension ValueSink {
    mutating func encodeNil() throws { put(.null) }
    mutating func encode(_ value: Bool) throws { put(.bool(value)) }
    mutating func encode(_ value: String) throws { put(.string(value)) }
    mutating func encode(_ value: Double) throws { put(number(value)) }
    mutating func encode(_ value: Float) throws { put(number(value)) }
    mutating func encode(_ value: Int) throws { put(number(value)) }
    mutating func encode(_ value: Int8) throws { put(number(value)) }
    mutating func encode(_ value: Int16) throws { put(number(value)) }
    mutating func encode(_ value: Int32) throws { put(number(value)) }
    mutating func encode(_ value: Int64) throws { put(number(value)) }
    mutating func encode(_ value: UInt) throws { put(number(value)) }
    mutating func encode(_ value: UInt8) throws { put(number(value)) }
    mutating func encode(_ value: UInt16) throws { put(number(value)) }
    mutating func encode(_ value: UInt32) throws { put(number(value)) }
    mutating func encode(_ value: UInt64) throws { put(number(value)) }
}

private struct UnkeyedNodeContainer: UnkeyedEncodingContainer, ValueSink {
    let node: Node
    let codingPath: [any CodingKey]
    var count: Int {
        if case .array(let items) = node.content { return items.count }
        return 0
    }

    func put(_ value: JSONValue) { node.append().content = .value(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let index = count
        try node.append().encode(value, codingPath: codingPath + [IndexKey(intValue: index)])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: node.append(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        NodeEncoder(node: node.append(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.append(), codingPath: codingPath)
    }
}

private struct SingleNodeContainer: SingleValueEncodingContainer, ValueSink {
    let node: Node
    let codingPath: [any CodingKey]

    func put(_ value: JSONValue) { node.content = .value(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try node.encode(value, codingPath: codingPath)
    }
}

private struct IndexKey: CodingKey {
    var stringValue: String { String(intValue ?? 0) }
    var intValue: Int?
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}
