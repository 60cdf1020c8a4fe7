package io.virtaudit.engine;

import io.virtaudit.model.Estate;

/** Evaluates rules over an estate: the arrow from facts to findings. */
public interface RuleEngine {

    Evaluation evaluate(Estate estate);
}
