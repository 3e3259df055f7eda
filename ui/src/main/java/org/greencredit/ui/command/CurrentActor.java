package org.greencredit.ui.command;

import org.greencredit.domain.actor.Actor;

/** Who is using the UI right now; every command the UI sends carries this actor in its metadata. */
public interface CurrentActor {

    Actor actor();
}
