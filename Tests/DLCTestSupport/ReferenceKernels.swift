import DLC

// Reference convolutions written straight from the textbook formulas (gather form, bounds
// checked per tap), independent of the interpreter's loop structure. Tests compare against
// them for the variants that are tedious to work out by hand.

/// `y[n,o,oy,ox] = b[o] + Σ_{c,i,j} x[n, g·Cg + c, oy·sh + i·dh - top, ox·sw + j·dw - left] · w[o,c,i,j]`.
public func referenceConv2D(_ x: TensorData, _ w: TensorData, _ b: TensorData?, stride: (Int, Int), padding: EdgePadding,
                            dilation: (Int, Int), groups: Int) -> TensorData {
    let (n, c, h, wd) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
    let (o, cg, kh, kw) = (w.shape[0], w.shape[1], w.shape[2], w.shape[3])
    let oh = (h + padding.top + padding.bottom - (kh - 1) * dilation.0 - 1) / stride.0 + 1
    let ow = (wd + padding.left + padding.right - (kw - 1) * dilation.1 - 1) / stride.1 + 1
    let xs = x.floats, ws = w.floats, bs = b?.floats
    var out = [Float](repeating: 0, count: n * o * oh * ow)
    for bi in 0..<n { for oc in 0..<o { for oy in 0..<oh { for ox in 0..<ow {
        let group = oc / (o / groups)
        var sum = bs?[oc] ?? 0
        for ci in 0..<cg { for i in 0..<kh { for j in 0..<kw {
            let iy = oy * stride.0 + i * dilation.0 - padding.top
            let ix = ox * stride.1 + j * dilation.1 - padding.left
            if iy < 0 || iy >= h || ix < 0 || ix >= wd { continue }
            sum += xs[((bi * c + group * cg + ci) * h + iy) * wd + ix] * ws[((oc * cg + ci) * kh + i) * kw + j]
        } } }
        out[((bi * o + oc) * oh + oy) * ow + ox] = sum
    } } } }
    return TensorData(shape: [n, o, oh, ow], floats: out)
}

/// Transposed convolution in gather form: output pixel `(oy, ox)` collects input pixel `(iy, ix)`
/// through tap `(i, j)` when `oy + top = iy·sh + i·dh` (and likewise for columns).
public func referenceConv2DTranspose(_ x: TensorData, _ w: TensorData, _ b: TensorData?, stride: (Int, Int),
                                     padding: EdgePadding, outputPadding: (Int, Int), dilation: (Int, Int),
                                     groups: Int) -> TensorData {
    let (n, c, h, wd) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
    let (og, kh, kw) = (w.shape[1], w.shape[2], w.shape[3])
    let o = og * groups
    let cg = c / groups
    let oh = (h - 1) * stride.0 - padding.top - padding.bottom + dilation.0 * (kh - 1) + outputPadding.0 + 1
    let ow = (wd - 1) * stride.1 - padding.left - padding.right + dilation.1 * (kw - 1) + outputPadding.1 + 1
    let xs = x.floats, ws = w.floats, bs = b?.floats
    var out = [Float](repeating: 0, count: n * o * oh * ow)
    for bi in 0..<n { for oc in 0..<o { for oy in 0..<oh { for ox in 0..<ow {
        let group = oc / og
        var sum = bs?[oc] ?? 0
        for ci in 0..<cg { for i in 0..<kh { for j in 0..<kw {
            let ry = oy + padding.top - i * dilation.0
            let rx = ox + padding.left - j * dilation.1
            guard ry >= 0, rx >= 0, ry % stride.0 == 0, rx % stride.1 == 0 else { continue }
            let (iy, ix) = (ry / stride.0, rx / stride.1)
            guard iy < h, ix < wd else { continue }
            let channel = group * cg + ci
            sum += xs[((bi * c + channel) * h + iy) * wd + ix] * ws[((channel * og + oc % og) * kh + i) * kw + j]
        } } }
        out[((bi * o + oc) * oh + oy) * ow + ox] = sum
    } } } }
    return TensorData(shape: [n, o, oh, ow], floats: out)
}
