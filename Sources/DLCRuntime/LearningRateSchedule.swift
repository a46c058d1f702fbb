import DLCGraph
import Foundation

/// How the learning rate changes over training: PyTorch's schedulers, stepped once per epoch,
/// with an optional linear warm-up over the first steps.
///
/// ```swift
/// var schedule = LearningRateSchedule(.cosine(minimum: 0), warmupSteps: 100)
/// let rate = schedule.rate(base: 1e-3, epoch: 2, epochs: 10, step: 250)
/// ```
public struct LearningRateSchedule: Sendable, Equatable {
    /// The rule, as PyTorch's scheduler of the same name.
    public enum Rule: Sendable, Equatable {
        /// The base rate throughout.
        case constant
        /// `StepLR`: times `gamma` every `every` epochs.
        case step(every: Int, gamma: Float)
        /// `MultiStepLR`: times `gamma` at each milestone epoch.
        case multiStep(milestones: [Int], gamma: Float)
        /// `ExponentialLR`: times `gamma` every epoch.
        case exponential(gamma: Float)
        /// `CosineAnnealingLR` over the whole run, from the base rate down to `minimum`.
        case cosine(minimum: Float)
        /// `ReduceLROnPlateau` on the validation loss: times `factor` once the loss has not
        /// improved by a relative `1e-4` for more than `patience` epochs.
        case plateau(factor: Float, patience: Int)
    }

    /// The rule.
    public let rule: Rule
    /// Steps over which the rate rises linearly from `1/warmupSteps` of its value to all of it.
    public let warmupSteps: Int
    /// `ReduceLROnPlateau`'s state: the best loss, epochs without improvement, the factor so far.
    public private(set) var plateau = PlateauState()

    /// What a plateau schedule remembers between epochs (saved in checkpoints).
    public struct PlateauState: Sendable, Equatable {
        public var best = Float.infinity
        public var badEpochs = 0
        public var scale: Float = 1

        /// A state: the best loss so far, the epochs since, the factor applied.
        public init(best: Float = .infinity, badEpochs: Int = 0, scale: Float = 1) {
            (self.best, self.badEpochs, self.scale) = (best, badEpochs, scale)
        }
    }

    /// A schedule of `rule` after `warmupSteps` of linear warm-up.
    public init(_ rule: Rule, warmupSteps: Int = 0) throws(DLCError) {
        switch rule {
        case .constant, .cosine: break
        case .step(let every, let gamma):
            guard every > 0 else { throw DLCError("the step schedule needs a positive step size, got \(every)") }
            try Self.checkFactor(gamma, "gamma")
        case .multiStep(let milestones, let gamma):
            guard milestones.allSatisfy({ $0 > 0 }), milestones == milestones.sorted() else {
                throw DLCError("milestones must be positive epochs in increasing order, got \(milestones)")
            }
            try Self.checkFactor(gamma, "gamma")
        case .exponential(let gamma): try Self.checkFactor(gamma, "gamma")
        case .plateau(let factor, let patience):
            try Self.checkFactor(factor, "the plateau factor")
            guard patience >= 0 else { throw DLCError("the plateau patience must not be negative, got \(patience)") }
        }
        guard warmupSteps >= 0 else { throw DLCError("warm-up steps must not be negative, got \(warmupSteps)") }
        self.rule = rule
        self.warmupSteps = warmupSteps
    }

    private static func checkFactor(_ value: Float, _ name: String) throws(DLCError) {
        guard value > 0 && value <= 1 else { throw DLCError("\(name) must be in (0, 1], got \(value)") }
    }

    /// The rate of `step` (0-based, counted over the whole run) in `epoch` (0-based) of `epochs`.
    public func rate(base: Float, epoch: Int, epochs: Int, step: Int) -> Float {
        var rate: Float
        switch rule {
        case .constant: rate = base
        case .step(let every, let gamma): rate = base * pow(gamma, Float(epoch / every))
        case .multiStep(let milestones, let gamma): rate = base * pow(gamma, Float(milestones.filter { $0 <= epoch }.count))
        case .exponential(let gamma): rate = base * pow(gamma, Float(epoch))
        case .cosine(let minimum):
            rate = minimum + (base - minimum) * Float(1 + cos(Double.pi * Double(epoch) / Double(max(epochs, 1)))) / 2
        case .plateau: rate = base * plateau.scale
        }
        if step < warmupSteps { rate *= Float(step + 1) / Float(warmupSteps) }
        return rate
    }

    /// Tells a plateau schedule the epoch's validation loss.
    public mutating func observe(validationLoss loss: Float) {
        guard case .plateau(let factor, let patience) = rule else { return }
        if loss < plateau.best * (1 - 1e-4) {
            plateau.best = loss
            plateau.badEpochs = 0
        } else {
            plateau.badEpochs += 1
            if plateau.badEpochs > patience {
                plateau.scale *= factor
                plateau.badEpochs = 0
            }
        }
    }

    /// Restores a plateau schedule's state from a checkpoint.
    public mutating func restore(_ state: PlateauState) { plateau = state }
}
