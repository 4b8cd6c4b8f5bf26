select! {}
