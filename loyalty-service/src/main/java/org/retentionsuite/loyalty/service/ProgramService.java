package org.retentionsuite.loyalty.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.loyalty.domain.Program;
import org.retentionsuite.loyalty.domain.ProgramTerms;
import org.retentionsuite.loyalty.domain.Violations;
import org.retentionsuite.loyalty.repository.ProgramRepository;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Creates and reads loyalty programmes. */
@ApplicationScoped
public class ProgramService {

    private final ProgramRepository programs;
    private final Rulebooks rulebooks;
    private final Clock clock;

    public ProgramService(ProgramRepository programs, Rulebooks rulebooks, Clock clock) {
        this.programs = programs;
        this.rulebooks = rulebooks;
        this.clock = clock;
    }

    @Transactional
    public Program createProgram(ProgramTerms terms) {
        Program program = new Program(terms, clock.instant().truncatedTo(ChronoUnit.MICROS));
        programs.persist(program);
        return program;
    }

    @Transactional
    public Program getProgram(String programId) {
        Violations violations = new Violations();
        UUID id = violations.requiredId("program_id", programId);
        violations.throwIfAny();
        return requireProgram(id);
    }

    /** The programme, read from its cached rulebook (programmes do not change once created). */
    Program requireProgram(UUID id) {
        return rulebooks.of(id).program();
    }
}
