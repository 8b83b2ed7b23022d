# The platform's JVM options (sourced by ./run.sh and the benchmarks); JAVA_OPTS comes after them and wins.
# Why these: README.md, "JVM options" (under "Lancer / Run").
PLATFORM_JAVA_OPTS="-XX:+UseG1GC"
