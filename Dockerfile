# Build: docker build -t crosscheck .
# Run:   docker run -p 8080:8080 -v crosscheck-data:/app/data crosscheck
#        (add -e SPRING_PROFILES_ACTIVE=demo for the demo project, or the SPRING_DATASOURCE_* variables for PostgreSQL)
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY pom.xml .
COPY src src
COPY frontend frontend
COPY fixtures fixtures
RUN mvn -B -ntp -Pproduction package -DskipTests

FROM eclipse-temurin:25-jre
WORKDIR /app
RUN useradd --system --home /app crosscheck && mkdir -p /app/data && chown crosscheck /app/data
COPY --from=build /src/target/crosscheck-*.jar /app/crosscheck.jar
USER crosscheck
EXPOSE 8080
VOLUME /app/data
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/crosscheck.jar"]
