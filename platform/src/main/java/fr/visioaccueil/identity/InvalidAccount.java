package fr.visioaccueil.identity;

import java.util.List;
import org.springframework.validation.Errors;

/** An account change refused as a whole, with every reason, so that the form shows them all at once. */
class InvalidAccount extends RuntimeException {

    private final transient List<FieldProblem> problems;

    InvalidAccount(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }

    /** Puts each reason next to its field of the form. */
    void rejectIn(Errors errors) {
        problems.forEach(problem -> errors.rejectValue(problem.field(), problem.messageKey()));
    }
}
