/// Elements kept in the order they were found, each group's linked from its first element to its
/// last: a text's matches grouped by concept. `Grouped` sorts the elements into one array by group,
/// which is cheaper to read but costs four arrays and a copy of every element to build; a text's
/// matches are built for every text of a batch (most of them a legal basis of a few words) and
/// read a few times, so building is what counts here.
struct GroupChains<Element> {
    private let keyed: [(key: Int, element: Element)]
    /// The first element of each group, -1 for none.
    private var first: [Int32]
    /// The next element of the same group, -1 after the last.
    private var next: [Int32]

    /// `groups`: how many groups there are; every key is below it.
    init(_ keyed: [(key: Int, element: Element)], groups: Int) {
        self.keyed = keyed
        var first = Array(repeating: Int32(-1), count: groups)
        var next = Array(repeating: Int32(-1), count: keyed.count)
        // Linked from the last element back, so that each chain runs in the order given.
        for index in keyed.indices.reversed() {
            next[index] = first[keyed[index].key]
            first[keyed[index].key] = Int32(index)
        }
        self.first = first
        self.next = next
    }

    func isEmpty(group: Int) -> Bool { first[group] < 0 }

    /// Whether an element of group `group` satisfies `predicate`, in the order given.
    func contains(inGroup group: Int, where predicate: (Element) -> Bool) -> Bool {
        var index = Int(first[group])
        while index >= 0 {
            if predicate(keyed[index].element) { return true }
            index = Int(next[index])
        }
        return false
    }

    /// The elements of group `group`, in the order given.
    func forEach(inGroup group: Int, _ body: (Element) -> Void) {
        var index = Int(first[group])
        while index >= 0 {
            body(keyed[index].element)
            index = Int(next[index])
        }
    }
}
