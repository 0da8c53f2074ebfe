/// Elements grouped by a small number (a lemma's), each group in the order the elements were
/// given: one array and where each group starts, not an array per group. Built once and read
/// often (a term index); a text's matches, built for every text, are `GroupChains`.
struct Grouped<Element> {
    /// Group by group.
    private(set) var elements: [Element] = []
    /// Group `n` is `elements[starts[n]..<starts[n + 1]]`.
    private(set) var starts: [Int32]

    /// `groups`: how many groups there are; every key is below it.
    init(_ keyed: [(key: Int, element: Element)], groups: Int) {
        // A counting sort: it keeps the given order within each group.
        var starts = Array(repeating: Int32(0), count: groups + 1)
        for item in keyed { starts[item.key + 1] += 1 }
        for group in 0..<groups { starts[group + 1] += starts[group] }
        self.starts = starts
        guard !keyed.isEmpty else { return }
        var places = Array(repeating: 0, count: keyed.count)
        var next = starts
        for (number, item) in keyed.enumerated() {
            places[Int(next[item.key])] = number
            next[item.key] += 1
        }
        elements = places.map { keyed[$0].element }
    }

    /// The elements of group `group`, in the order given.
    subscript(group group: Int) -> ArraySlice<Element> { elements[Int(starts[group])..<Int(starts[group + 1])] }

    func isEmpty(group: Int) -> Bool { starts[group] == starts[group + 1] }

    /// Whether an element of group `group` satisfies `predicate`, each read in place (a slice of
    /// the group would count a reference to the array).
    func contains(inGroup group: Int, where predicate: (Element) -> Bool) -> Bool {
        for index in Int(starts[group])..<Int(starts[group + 1]) where predicate(elements[index]) { return true }
        return false
    }
}

extension Grouped: Sendable where Element: Sendable {}
