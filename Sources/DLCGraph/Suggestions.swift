/// "did you mean" for misspelt names: the candidate closest to `name` by edit distance, when it
/// is close enough to be a typo (a third of the name's letters, at least one; case differences
/// count half). Model files and weights files use it.
///
/// ```swift
/// closestName(to: "maxpool2d", among: ["maxPool2d", "avgPool2d"])   // "maxPool2d"
/// ```
package func closestName(to name: String, among candidates: some Sequence<String>) -> String? {
    let limit = max(1, name.count / 3)
    var best: (name: String, distance: Double)?
    for candidate in Set(candidates) where candidate != name {
        let distance = editDistance(name, candidate)
        guard distance <= Double(limit), distance < (best?.distance ?? .infinity) || (distance == best?.distance && candidate < best!.name)
        else { continue }
        best = (candidate, distance)
    }
    return best?.name
}

/// `"; did you mean 'maxPool2d'?"`, or nothing when no candidate is close.
///
/// ```swift
/// throw DLCError("cannot find '\(name)' in scope" + didYouMean(name, among: known))
/// ```
package func didYouMean(_ name: String, among candidates: some Sequence<String>) -> String {
    closestName(to: name, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
}

/// Edit distance with adjacent transpositions (optimal string alignment: `desne` is one edit from
/// `dense`); a substitution that only changes case costs half.
func editDistance(_ a: String, _ b: String) -> Double {
    let (a, b) = (Array(a), Array(b))
    guard !a.isEmpty else { return Double(b.count) }
    var beforePrevious = [Double](repeating: 0, count: b.count + 1)
    var previous = (0...b.count).map(Double.init)
    for i in 1...a.count {
        var current = [Double(i)] + [Double](repeating: 0, count: b.count)
        for j in stride(from: 1, through: b.count, by: 1) {
            let substitution = a[i - 1] == b[j - 1] ? 0 : a[i - 1].lowercased() == b[j - 1].lowercased() ? 0.5 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + substitution)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { current[j] = min(current[j], beforePrevious[j - 2] + 1) }
        }
        (beforePrevious, previous) = (previous, current)
    }
    return previous[b.count]
}
