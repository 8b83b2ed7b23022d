package fr.visioaccueil.visio;

import org.springframework.data.repository.ListCrudRepository;

interface InterviewRepository extends ListCrudRepository<Interview, Long> {
}
