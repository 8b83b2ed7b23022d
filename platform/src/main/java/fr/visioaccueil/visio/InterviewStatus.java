package fr.visioaccueil.visio;

/** Where an interview stands: waiting in the queue, admitted by an agent, ended (hung up), closed (outcome recorded). */
public enum InterviewStatus {
    WAITING, ADMITTED, ENDED, CLOSED
}
