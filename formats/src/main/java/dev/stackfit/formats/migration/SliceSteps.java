package dev.stackfit.formats.migration;

import dev.stackfit.core.migration.MigrationPlan;
import dev.stackfit.core.migration.Slice;

/**
 * The instructions for one slice: how to move it, verify it and roll it back, each a command or a
 * single change to the facade.
 *
 * @param facadeLine the slice's line in the facade configuration
 * @param move what to change to move it
 * @param verify the command that checks the new service answers as the old one did, before moving
 * @param verifyNote what that command does and against what to run it
 * @param rollback the one change that puts it back on the old service
 */
record SliceSteps(int facadeLine, String move, String verify, String verifyNote, String rollback) {
  static SliceSteps of(MigrationPlan plan, Slice slice, NginxFacade facade, String facadeFile) {
    int line = facade.lineOf(plan, slice);
    String where = "line " + line + " of " + facadeFile;
    String diff =
        "stackfit lab diff http://"
            + facade.oldService()
            + " http://"
            + facade.newService()
            + " --access-log "
            + facade.accessLog()
            + " --match '"
            + slice.match()
            + "'";
    String note =
        slice.changesState()
            ? "run it against copies of both services on a copy of the data, since every replayed"
                + " request writes; ids and timestamps that the old service generates anew are"
                + " learned as noise"
            : "it replays the slice's requests recorded by the facade to both services and"
                + " compares the answers";
    return new SliceSteps(
        line,
        "on " + where + " change old to new, then nginx -s reload",
        diff,
        note,
        "on "
            + where
            + " change new back to old, then nginx -s reload (requests in flight finish"
            + " where they started)");
  }
}
