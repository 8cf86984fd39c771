package dev.stackfit.lab.run;

import dev.stackfit.lab.machine.StepConditions;
import java.util.List;

/**
 * The machine's state over a whole run, from every measured step: what a reader needs to judge
 * whether two runs saw the same machine.
 *
 * @param steps steps measured
 * @param machineBoundSteps how many of them were machine-bound
 * @param idle machine-wide idle share (idle plus I/O wait) over the steps, 0..1
 * @param steal machine-wide steal share over the steps, 0..1
 * @param loadAverage one-minute load average at the end of each step
 * @param generatorCores the load generator's average use per step, in cores
 */
public record RunConditions(
    int steps,
    int machineBoundSteps,
    Spread idle,
    Spread steal,
    Spread loadAverage,
    Spread generatorCores) {

  static RunConditions of(List<StepResult> steps) {
    List<StepConditions> known =
        steps.stream().map(StepResult::conditions).filter(c -> c.cpu().known()).toList();
    return new RunConditions(
        steps.size(),
        (int) steps.stream().filter(StepResult::isMachineBound).count(),
        Spread.of(known.stream().map(c -> c.cpu().available()).toList()),
        Spread.of(known.stream().map(c -> c.cpu().steal()).toList()),
        Spread.of(
            steps.stream().map(s -> s.conditions().loadAverage()).filter(v -> v >= 0).toList()),
        Spread.of(
            steps.stream().map(s -> s.conditions().generatorCores()).filter(v -> v >= 0).toList()));
  }
}
