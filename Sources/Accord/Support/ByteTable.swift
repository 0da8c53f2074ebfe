/// A hash table keyed by UTF-8 bytes, for looking up every word of every text: Swift's String
/// hashing (SipHash, after checking each string's normalization) cost more than the rest of
/// reading a word. Keys are kept end to end in one array; FNV-1a spreads them.
struct ByteTable<Value> {
    fileprivate struct Entry {
        var hash: UInt64
        var start: Int
        var count: Int
        var value: Value
    }

    /// Indices into `entries`, -1 for none; a power of two long, at most half full.
    private var slots: [Int32]
    private var entries: [Entry] = []
    private var keys: [UInt8] = []

    init(minimumCapacity: Int = 32) {
        var size = 64
        while size < minimumCapacity * 2 { size *= 2 }
        slots = Array(repeating: -1, count: size)
    }

    var count: Int { entries.count }

    /// The key added `number`th, counting from 0 (a key set again keeps its place).
    func key(at number: Int) -> ArraySlice<UInt8> {
        keys[entries[number].start..<(entries[number].start + entries[number].count)]
    }

    static func hash<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    subscript<Bytes: Collection<UInt8>>(_ key: Bytes) -> Value? {
        let hash = Self.hash(key)
        let slot = find(key, hash)
        return slots[slot] < 0 ? nil : entries[Int(slots[slot])].value
    }

    /// A String's bytes read in place: walking its UTF-8 view cost more than the lookup, and a
    /// copy of the string to make it contiguous counted a reference for every word of a text.
    subscript(_ key: String) -> Value? {
        if let found = key.utf8.withContiguousStorageIfAvailable({ self[$0] }) { return found }
        var key = key
        return key.withUTF8 { self[$0] }
    }

    /// Adds or replaces the value of `key`.
    mutating func set<Bytes: Collection<UInt8>>(_ key: Bytes, _ value: Value) {
        let hash = Self.hash(key)
        var slot = find(key, hash)
        if slots[slot] >= 0 {
            entries[Int(slots[slot])].value = value
            return
        }
        if (entries.count + 1) * 2 > slots.count {
            grow()
            slot = find(key, hash)
        }
        slots[slot] = Int32(entries.count)
        entries.append(Entry(hash: hash, start: keys.count, count: key.count, value: value))
        keys.append(contentsOf: key)
    }

    mutating func removeAll() {
        entries.removeAll(keepingCapacity: true)
        keys.removeAll(keepingCapacity: true)
        for index in slots.indices { slots[index] = -1 }
    }

    /// The slot that holds `key`, or the empty slot where it would go.
    private func find<Bytes: Collection<UInt8>>(_ key: Bytes, _ hash: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = slots[slot]
            if index < 0 { return slot }
            let number = Int(index)
            if entries[number].hash == hash, entries[number].count == key.count, keyEquals(number, key) { return slot }
            slot = (slot + 1) & mask
        }
    }

    /// Byte by byte: `elementsEqual` went through iterators at several times the cost.
    private func keyEquals<Bytes: Collection<UInt8>>(_ number: Int, _ key: Bytes) -> Bool {
        var position = entries[number].start
        for byte in key {
            if keys[position] != byte { return false }
            position += 1
        }
        return true
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for number in entries.indices {
            var slot = Int(truncatingIfNeeded: entries[number].hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }
}

extension ByteTable: Sendable where Value: Sendable {}
extension ByteTable.Entry: Sendable where Value: Sendable {}
